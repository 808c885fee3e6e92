package dev.mcpforge.core.security;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * Ends a {@code tools/call} exactly as the SDK ends a call of a tool that does not exist
 * (JSON-RPC error -32602 "Unknown tool: invalid_tool_name", data "Tool not found: <name>"), so a
 * tool hidden by an {@link AccessPolicy} cannot be told apart from one that was never there.
 */
public class UnknownToolException extends UnknownFeatureException {

	private static final long serialVersionUID = 1L;

	/** The SDK's message for an unknown tool. */
	public static final String MESSAGE = "Unknown tool: invalid_tool_name";

	private final String toolName;

	public UnknownToolException(String toolName) {
		super(McpSchema.ErrorCodes.INVALID_PARAMS, MESSAGE, "Tool not found: " + toolName);
		this.toolName = toolName;
	}

	public String toolName() {
		return toolName;
	}

	/** The SDK's error data for an unknown tool. */
	@Override
	public String data() {
		return (String) super.data();
	}

}
