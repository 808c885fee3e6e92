package dev.mcpforge.examples.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The application's existing endpoint: {@code GET /notes} lists, {@code POST /notes} adds (plain text). */
public final class NotesServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient NoteStore store;

	public NotesServlet(NoteStore store) {
		this.store = store;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/plain;charset=utf-8");
		response.getWriter().write(String.join("\n", store.all()));
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (text.isEmpty()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "empty note");
			return;
		}
		response.setStatus(HttpServletResponse.SC_CREATED);
		response.getWriter().write("note " + store.add(text));
	}

}
