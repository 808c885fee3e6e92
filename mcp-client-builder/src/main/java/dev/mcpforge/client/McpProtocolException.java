package dev.mcpforge.client;

import dev.mcpforge.core.McpException;

/**
 * The server answered with a JSON-RPC error (unknown tool, invalid params, resource not found…);
 * {@link #code()} is the JSON-RPC code.
 */
public class McpProtocolException extends McpException {

	private static final long serialVersionUID = 1L;

	public McpProtocolException(int code, String message, Throwable cause) {
		super(code, message, cause);
	}

}
