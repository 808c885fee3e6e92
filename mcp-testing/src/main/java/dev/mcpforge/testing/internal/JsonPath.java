package dev.mcpforge.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small path language over JSON trees: names separated by dots, array indexes in brackets,
 * e.g. {@code items[0].price} or {@code [2]}. Not JSONPath: no wildcards, no filters.
 */
public final class JsonPath {

	private final String text;

	private final List<Object> steps;

	private JsonPath(String text, List<Object> steps) {
		this.text = text;
		this.steps = steps;
	}

	/** @throws IllegalArgumentException naming the position of a malformed step */
	public static JsonPath parse(String path) {
		if (path == null || path.isBlank()) {
			throw new IllegalArgumentException("path must not be blank; use e.g. \"items[0].price\"");
		}
		List<Object> steps = new ArrayList<>();
		int i = 0;
		while (i < path.length()) {
			char c = path.charAt(i);
			if (c == '.') {
				if (i == 0 || i == path.length() - 1) {
					throw malformed(path, i);
				}
				i++;
			}
			else if (c == '[') {
				int close = path.indexOf(']', i);
				if (close < 0) {
					throw malformed(path, i);
				}
				try {
					steps.add(Integer.parseInt(path.substring(i + 1, close).trim()));
				}
				catch (NumberFormatException e) {
					throw malformed(path, i);
				}
				i = close + 1;
			}
			else {
				int end = i;
				while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
					end++;
				}
				steps.add(path.substring(i, end));
				i = end;
			}
		}
		return new JsonPath(path, List.copyOf(steps));
	}

	/** The node at this path, or empty when some step does not exist. */
	public Optional<JsonNode> find(JsonNode root) {
		JsonNode current = root;
		for (Object step : steps) {
			if (current == null) {
				return Optional.empty();
			}
			current = step instanceof Integer index ? (current.isArray() ? current.get(index) : null)
					: (current.isObject() ? current.get((String) step) : null);
		}
		return Optional.ofNullable(current);
	}

	@Override
	public String toString() {
		return text;
	}

	private static IllegalArgumentException malformed(String path, int at) {
		return new IllegalArgumentException("malformed path \"" + path + "\" at position " + at
				+ ": use names separated by '.' and indexes in brackets, e.g. \"items[0].price\"");
	}

}
