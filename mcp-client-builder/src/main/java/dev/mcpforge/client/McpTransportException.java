package dev.mcpforge.client;

import dev.mcpforge.core.McpException;

/** The server could not be reached or the connection broke, or it did not answer in time. */
public class McpTransportException extends McpException {

	private static final long serialVersionUID = 1L;

	public McpTransportException(String message, Throwable cause) {
		super(-32000, message, cause);
	}

	/** Always: the request may not have reached the server, or its answer got lost. */
	@Override
	public boolean isTransient() {
		return true;
	}

}
