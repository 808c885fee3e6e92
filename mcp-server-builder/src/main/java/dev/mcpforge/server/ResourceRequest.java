package dev.mcpforge.server;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code resources/read} request: the URI asked for and, for a template, the values of its
 * variables ({@code users://{id}} read as {@code users://42} gives {@code id=42}).
 *
 * @param uri the requested URI
 * @param variables template variables by name; empty for plain resources
 */
public record ResourceRequest(String uri, Map<String, String> variables) {

	public ResourceRequest {
		variables = variables == null ? Map.of() : Map.copyOf(variables);
	}

	/** The value of a template variable. */
	public Optional<String> variable(String name) {
		return Optional.ofNullable(variables.get(name));
	}

}
