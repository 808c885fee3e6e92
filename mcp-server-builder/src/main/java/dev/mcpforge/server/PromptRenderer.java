package dev.mcpforge.server;

/**
 * Renders a prompt. Return a {@code String} (one user message), a {@code PromptMessage}, a
 * list of them, or a {@code GetPromptResult}.
 */
@FunctionalInterface
public interface PromptRenderer {

	Object render(PromptArguments arguments, McpContext context) throws Exception;

}
