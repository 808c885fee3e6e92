package dev.mcpforge.server;

/**
 * Produces the contents of a resource when a client reads it. Return a {@code String} (text),
 * a {@code byte[]} (blob), MCP {@code ResourceContents} (or a list of them), a
 * {@code ReadResourceResult}, or any other object (sent as JSON text).
 */
@FunctionalInterface
public interface ResourceReader {

	Object read(ResourceRequest request, McpContext context) throws Exception;

}
