package dev.mcpforge.core.interceptor;

import java.util.Objects;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * The outcome of a request: the SDK result object for its kind ({@code CallToolResult},
 * {@code ReadResourceResult}, {@code GetPromptResult}, {@code CompleteResult},
 * {@code InitializeResult}) or, for a {@link ListRequest}, the list of definitions. Protocol
 * failures travel as exceptions instead.
 */
public final class McpResponse {

	private final Object result;

	private McpResponse(Object result) {
		this.result = Objects.requireNonNull(result, "result");
	}

	public static McpResponse of(Object result) {
		return new McpResponse(result);
	}

	public Object result() {
		return result;
	}

	/** The result as {@code type}. @throws IllegalStateException if it is something else */
	public <T> T result(Class<T> type) {
		if (!type.isInstance(result)) {
			throw new IllegalStateException("response holds a " + result.getClass().getSimpleName() + ", not a "
					+ type.getSimpleName());
		}
		return type.cast(result);
	}

	/**
	 * The items of a list response, as {@code type}.
	 * @throws IllegalStateException if this is not a list or holds something else
	 */
	public <T> java.util.List<T> items(Class<T> type) {
		if (!(result instanceof java.util.List<?> list) || !list.stream().allMatch(type::isInstance)) {
			throw new IllegalStateException("response holds " + result + ", not a list of " + type.getSimpleName());
		}
		return list.stream().map(type::cast).toList();
	}

	/** Whether this is a tool result flagged {@code isError}. */
	public boolean isToolError() {
		return result instanceof McpSchema.CallToolResult tool && Boolean.TRUE.equals(tool.isError());
	}

	@Override
	public String toString() {
		return "McpResponse[" + result + "]";
	}

}
