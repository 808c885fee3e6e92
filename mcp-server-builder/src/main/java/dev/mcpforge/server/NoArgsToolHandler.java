package dev.mcpforge.server;

/** Handles calls of a tool that takes no arguments. */
@FunctionalInterface
public interface NoArgsToolHandler {

	Object handle(McpContext context) throws Exception;

}
