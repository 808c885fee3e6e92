package dev.mcpforge.client;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.McpException;

/**
 * The tool ran and reported a failure (a result with {@code isError: true}); the message is the
 * result's text. The full result is kept for callers that need its content or {@code _meta}.
 */
public class ToolCallException extends McpException {

	private static final long serialVersionUID = 1L;

	private final String tool;

	private final transient McpSchema.CallToolResult result;

	public ToolCallException(String tool, McpSchema.CallToolResult result) {
		super(McpSchema.ErrorCodes.INTERNAL_ERROR, "Tool '" + tool + "' failed: " + McpClients.text(result));
		this.tool = tool;
		this.result = result;
	}

	public String tool() {
		return tool;
	}

	public McpSchema.CallToolResult result() {
		return result;
	}

}
