package dev.mcpforge.testing;

import java.util.Map;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * Assertions on a JSON-RPC error a call ended with (as opposed to a tool result flagged
 * {@code isError}, see {@link AbstractCallToolResultAssert#isToolError()}).
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractProtocolErrorAssert<SELF extends AbstractProtocolErrorAssert<SELF>>
		extends AbstractAssert<SELF, McpError> {

	private static final Map<Integer, String> NAMES = Map.of(McpSchema.ErrorCodes.PARSE_ERROR, "parse error",
			McpSchema.ErrorCodes.INVALID_REQUEST, "invalid request", McpSchema.ErrorCodes.METHOD_NOT_FOUND,
			"method not found", McpSchema.ErrorCodes.INVALID_PARAMS, "invalid params",
			McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error", McpSchema.ErrorCodes.RESOURCE_NOT_FOUND,
			"resource not found");

	protected AbstractProtocolErrorAssert(McpError actual, Class<?> selfType) {
		super(actual, selfType);
	}

	/** The JSON-RPC error code, e.g. {@code -32602} ({@link McpSchema.ErrorCodes#INVALID_PARAMS}). */
	public SELF hasCode(int expected) {
		isNotNull();
		int code = code();
		if (code != expected) {
			failWithMessage("%nExpecting protocol error code %s but was %s:%n  \"%s\"", named(expected), named(code),
					message());
		}
		return myself;
	}

	/** Code -32602. */
	public SELF isInvalidParams() {
		return hasCode(McpSchema.ErrorCodes.INVALID_PARAMS);
	}

	/** Code -32601. */
	public SELF isMethodNotFound() {
		return hasCode(McpSchema.ErrorCodes.METHOD_NOT_FOUND);
	}

	/** Code -32603. */
	public SELF isInternalError() {
		return hasCode(McpSchema.ErrorCodes.INTERNAL_ERROR);
	}

	/** Code -32002. */
	public SELF isResourceNotFound() {
		return hasCode(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
	}

	public SELF hasMessage(String expected) {
		isNotNull();
		if (!expected.equals(message())) {
			failWithActualExpectedAndMessage(message(), expected,
					"%nExpecting protocol error message to be:%n  \"%s\"%nbut was:%n  \"%s\"", expected, message());
		}
		return myself;
	}

	public SELF hasMessageContaining(String expected) {
		isNotNull();
		if (!message().contains(expected)) {
			failWithMessage("%nExpecting protocol error message to contain:%n  \"%s\"%nbut was:%n  \"%s\"", expected,
					message());
		}
		return myself;
	}

	private int code() {
		McpSchema.JSONRPCResponse.JSONRPCError error = actual.getJsonRpcError();
		return error == null || error.code() == null ? McpSchema.ErrorCodes.INTERNAL_ERROR : error.code();
	}

	private String message() {
		McpSchema.JSONRPCResponse.JSONRPCError error = actual.getJsonRpcError();
		return error != null && error.message() != null ? error.message() : String.valueOf(actual.getMessage());
	}

	static String named(int code) {
		String name = NAMES.get(code);
		return name == null ? String.valueOf(code) : code + " (" + name + ")";
	}

}
