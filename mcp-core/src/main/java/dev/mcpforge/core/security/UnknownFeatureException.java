package dev.mcpforge.core.security;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.McpException;

/**
 * Ends a request for a tool, resource or prompt exactly as the SDK ends a request for one that
 * does not exist (same code, message and data), so one hidden by an {@link AccessPolicy} cannot be
 * told apart from one that was never there.
 */
public class UnknownFeatureException extends McpException {

	private static final long serialVersionUID = 1L;

	private final transient Object data;

	protected UnknownFeatureException(int code, String message, Object data) {
		super(code, message);
		this.data = data;
	}

	/** The SDK's answer to {@code tools/call} of an unknown tool. */
	public static UnknownFeatureException tool(String name) {
		return new UnknownToolException(name);
	}

	/** The SDK's answer to {@code resources/read} of an unknown URI: -32002 "Resource not found". */
	public static UnknownFeatureException resource(String uri) {
		return new UnknownFeatureException(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND, "Resource not found",
				Map.of("uri", uri));
	}

	/** The SDK's answer to {@code prompts/get} of an unknown prompt: -32602 "Invalid prompt name". */
	public static UnknownFeatureException prompt(String name) {
		return new UnknownFeatureException(McpSchema.ErrorCodes.INVALID_PARAMS, "Invalid prompt name",
				"Prompt not found: " + name);
	}

	/** The SDK's answer to {@code completion/complete} for an unknown prompt: -32602 "Prompt not found: name". */
	public static UnknownFeatureException promptToComplete(String name) {
		return new UnknownFeatureException(McpSchema.ErrorCodes.INVALID_PARAMS, "Prompt not found: " + name, null);
	}

	/** The JSON-RPC error data the SDK sends with it. */
	public Object data() {
		return data;
	}

}
