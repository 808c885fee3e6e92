package dev.mcpforge.core;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * Base of mcpforge's unchecked exceptions. Carries the JSON-RPC error code the failure maps to
 * when it surfaces as a protocol error.
 */
public class McpException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int code;

	public McpException(int code, String message) {
		super(message);
		this.code = code;
	}

	public McpException(int code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	/** The JSON-RPC error code, e.g. {@code -32602} for invalid params. */
	public int code() {
		return code;
	}

	/**
	 * Whether sending the same request again may succeed: {@code false} (the default) for
	 * deliberate errors such as invalid params or a missing resource, {@code true} for failures of
	 * the way there, such as a broken connection or a timeout. Retries only repeat transient errors.
	 */
	public boolean isTransient() {
		return false;
	}

	/** A JSON-RPC invalid-params error (-32602). */
	public static McpException invalidParams(String message) {
		return new McpException(McpSchema.ErrorCodes.INVALID_PARAMS, message);
	}

	/** A resource-not-found error (-32002). */
	public static McpException resourceNotFound(String uri) {
		return new McpException(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND, "Resource not found: " + uri);
	}

}
