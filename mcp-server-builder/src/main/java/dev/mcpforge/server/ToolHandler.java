package dev.mcpforge.server;

/**
 * Handles calls of a typed tool: {@code A} is the record (or class) the arguments bind to, after
 * validation. Return a string, a record, MCP content or a {@code CallToolResult}; throw
 * {@link dev.mcpforge.core.ToolException} for failures the model should read.
 *
 * @param <A> arguments type
 * @param <R> result type
 */
@FunctionalInterface
public interface ToolHandler<A, R> {

	R handle(A arguments, McpContext context) throws Exception;

}
