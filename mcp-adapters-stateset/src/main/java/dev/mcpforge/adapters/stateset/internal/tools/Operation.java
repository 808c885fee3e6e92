package dev.mcpforge.adapters.stateset.internal.tools;

import dev.mcpforge.core.ToolHints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the tool catalogue: a tool that is one call of the StateSet REST API.
 *
 * @param name          the MCP tool name, {@code stateset_<verb>_<entity>}
 * @param method        the HTTP method
 * @param paths         path templates below the base URL; the first whose {@code {variables}} are all among the
 *                      arguments is used (alternatives such as tracking by id or by tracking number)
 * @param argumentsType the argument record (its Bean Validation constraints make the schema and the errors), or
 *                      {@code null} for a tool without arguments
 * @param description   what the tool does, for the model
 * @param fixedBody     fields always sent in the body, e.g. the status a "start" tool sets
 */
public record Operation(String name, String method, List<String> paths, Class<?> argumentsType, String description,
		Map<String, Object> fixedBody) {

	public Operation {
		Objects.requireNonNull(name);
		Objects.requireNonNull(method);
		paths = List.copyOf(paths);
		fixedBody = Map.copyOf(fixedBody);
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException(name + " needs a description");
		}
	}

	public static Operation get(String name, String path, Class<?> args, String description) {
		return of(name, "GET", path, args, description);
	}

	public static Operation post(String name, String path, Class<?> args, String description) {
		return of(name, "POST", path, args, description);
	}

	public static Operation put(String name, String path, Class<?> args, String description) {
		return of(name, "PUT", path, args, description);
	}

	public static Operation patch(String name, String path, Class<?> args, String description) {
		return of(name, "PATCH", path, args, description);
	}

	public static Operation delete(String name, String path, Class<?> args, String description) {
		return of(name, "DELETE", path, args, description);
	}

	private static Operation of(String name, String method, String paths, Class<?> args, String description) {
		return new Operation(name, method, List.of(paths.split("\\|")), args, description, Map.of());
	}

	/** The same operation, always sending {@code field: value} in its body. */
	public Operation with(String field, Object value) {
		Map<String, Object> body = new LinkedHashMap<>(fixedBody);
		body.put(field, value);
		return new Operation(name, method, paths, argumentsType, description, body);
	}

	public ToolKind kind() {
		return ToolKind.of(name);
	}

	public ToolHints hints() {
		return kind().hints();
	}
}
