package dev.mcpforge.examples.embedded;

import java.util.ArrayList;
import java.util.List;

/** The application's own state, shared by its REST servlet and its MCP tools. */
public final class NoteStore {

	private final List<String> notes = new ArrayList<>();

	public synchronized int add(String text) {
		notes.add(text);
		return notes.size();
	}

	public synchronized List<String> all() {
		return List.copyOf(notes);
	}

}
