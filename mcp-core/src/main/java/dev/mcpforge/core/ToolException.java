package dev.mcpforge.core;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * A failure the model should see and may correct: the call ends with a result flagged
 * {@code isError: true} whose text is this exception's message. Throw it from a tool handler
 * for expected failures ("order 42 is already shipped"); any other exception is treated as a
 * bug and hidden behind a correlation id.
 */
public class ToolException extends McpException {

	private static final long serialVersionUID = 1L;

	public ToolException(String message) {
		super(McpSchema.ErrorCodes.INTERNAL_ERROR, message);
	}

	public ToolException(String message, Throwable cause) {
		super(McpSchema.ErrorCodes.INTERNAL_ERROR, message, cause);
	}

}
