package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.server.internal.CancellationRegistry;

/**
 * Parses a POST body and checks that it is exactly one JSON-RPC 2.0 message (request,
 * notification or response), the only shapes the MCP streamable-HTTP transport accepts.
 * Never throws; the outcome says what is wrong and which id, if any, could be read.
 */
final class JsonRpcMessageCheck {

	private static final ObjectReader READER = JsonRpcErrors.MAPPER.reader()
		.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	// reads a nested value from the parser above (no trailing-token check mid-stream)
	private static final ObjectReader PARAMS = JsonRpcErrors.MAPPER.readerFor(Object.class);

	private JsonRpcMessageCheck() {
	}

	/** What the check found. Exactly one of {@code message} and {@code errorCode != 0} holds. */
	record Outcome(Message message, int errorCode, String errorMessage, Object id) {

		boolean ok() {
			return message != null;
		}

		static Outcome parseError() {
			return new Outcome(null, JsonRpcErrors.PARSE_ERROR, "Parse error", null);
		}

		static Outcome invalid(String detail, Object id) {
			return new Outcome(null, JsonRpcErrors.INVALID_REQUEST, "Invalid Request: " + detail, id);
		}

	}

	/**
	 * A well-formed message. {@code id} is a Long or String (null for notifications),
	 * {@code method} is null for responses, {@code params} is set only where the tree was
	 * needed; {@code sdk} is the same message as the SDK's record, read in the same pass.
	 */
	record Message(Object id, String method, JsonNode params, McpSchema.JSONRPCMessage sdk) {

		boolean isRequest() {
			return method != null && id != null;
		}

		boolean isNotification() {
			return method != null && id == null;
		}

	}

	static Outcome check(byte[] body, Charset charset) {
		Outcome fast = fastCheck(body, charset);
		return fast != null ? fast : treeCheck(body, charset);
	}

	/**
	 * The common case without building a tree: one streaming pass over a request or
	 * notification whose top-level fields are plainly right. Returns null for anything else
	 * (responses, errors of any kind, {@code notifications/cancelled}, whose params are
	 * needed), which {@link #treeCheck} then decides exactly as before. The pass still reads
	 * every token, so malformed JSON, duplicate keys and trailing tokens are all seen.
	 */
	private static Outcome fastCheck(byte[] body, Charset charset) {
		try (JsonParser parser = charset == null || StandardCharsets.UTF_8.equals(charset)
				? READER.createParser(body) : READER.createParser(new String(body, charset))) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			Object id = null;
			Object sdkId = null;
			Object params = null;
			boolean hasId = false;
			String jsonrpc = null;
			String method = null;
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (field) {
					case "jsonrpc" -> {
						if (value != JsonToken.VALUE_STRING) {
							return null;
						}
						jsonrpc = parser.getText();
					}
					case "id" -> {
						hasId = true;
						if (value == JsonToken.VALUE_STRING) {
							id = parser.getText();
							sdkId = id;
						}
						else if (value == JsonToken.VALUE_NUMBER_INT
								&& parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
							id = parser.getLongValue();
							// what the SDK's own reading gives: Integer when it fits
							sdkId = parser.getNumberValue();
						}
						else {
							return null;
						}
					}
					case "method" -> {
						if (value != JsonToken.VALUE_STRING) {
							return null;
						}
						method = parser.getText();
					}
					case "params" -> {
						if (value != JsonToken.START_OBJECT && value != JsonToken.START_ARRAY
								&& value != JsonToken.VALUE_NULL) {
							return null;
						}
						params = value == JsonToken.VALUE_NULL ? null : PARAMS.readValue(parser);
					}
					case "result", "error" -> {
						return null;
					}
					default -> parser.skipChildren();
				}
			}
			if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
				return null;
			}
			if (!"2.0".equals(jsonrpc) || method == null || method.isEmpty() || (hasId && id == null)
					|| CancellationRegistry.CANCELLED_NOTIFICATION.equals(method)) {
				return null;
			}
			McpSchema.JSONRPCMessage sdk = hasId ? new McpSchema.JSONRPCRequest(jsonrpc, method, sdkId, params)
					: new McpSchema.JSONRPCNotification(jsonrpc, method, params);
			return new Outcome(new Message(id, method, null, sdk), 0, null, id);
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static Outcome treeCheck(byte[] body, Charset charset) {
		JsonNode root;
		try {
			if (charset == null || StandardCharsets.UTF_8.equals(charset)) {
				root = READER.readTree(body);
			}
			else {
				root = READER.readTree(new String(body, charset));
			}
		}
		catch (IOException | RuntimeException e) {
			return Outcome.parseError();
		}
		if (root == null || root.isMissingNode()) {
			return Outcome.parseError();
		}
		if (root.isArray()) {
			return Outcome.invalid("batch requests are not supported", null);
		}
		if (!root.isObject()) {
			return Outcome.invalid("the body must be a JSON-RPC object", null);
		}

		JsonNode idNode = root.get("id");
		Object id = readableId(idNode);
		if (!"2.0".equals(textOrNull(root.get("jsonrpc")))) {
			return Outcome.invalid("jsonrpc must be \"2.0\"", id);
		}
		if (idNode != null && id == null) {
			return Outcome.invalid("id must be a string or an integer", null);
		}
		JsonNode methodNode = root.get("method");
		if (methodNode != null) {
			if (!methodNode.isTextual() || methodNode.asText().isEmpty()) {
				return Outcome.invalid("method must be a non-empty string", id);
			}
			JsonNode params = root.get("params");
			if (params != null && !params.isObject() && !params.isArray() && !params.isNull()) {
				return Outcome.invalid("params must be an object", id);
			}
			if (root.has("result") || root.has("error")) {
				return Outcome.invalid("a request carries no result or error", id);
			}
			Object value = value(params);
			McpSchema.JSONRPCMessage sdk = idNode != null
					? new McpSchema.JSONRPCRequest("2.0", methodNode.asText(), value(idNode), value)
					: new McpSchema.JSONRPCNotification("2.0", methodNode.asText(), value);
			return new Outcome(new Message(id, methodNode.asText(), params, sdk), 0, null, id);
		}
		// no method: must be a response to a server-initiated request
		boolean hasResult = root.has("result");
		boolean hasError = root.has("error");
		if (id == null) {
			return Outcome.invalid("method is required", null);
		}
		if (hasResult == hasError) {
			return Outcome.invalid("a response carries exactly one of result and error", id);
		}
		if (hasError && !isErrorObject(root.get("error"))) {
			return Outcome.invalid("error must be an object with an integer code and a message", id);
		}
		JsonNode error = root.get("error");
		McpSchema.JSONRPCResponse sdk = new McpSchema.JSONRPCResponse("2.0", value(idNode), value(root.get("result")),
				hasError ? new McpSchema.JSONRPCResponse.JSONRPCError(error.get("code").intValue(),
						error.get("message").asText(), value(error.get("data"))) : null);
		return new Outcome(new Message(id, null, null, sdk), 0, null, id);
	}

	/** A tree as the plain values the SDK's records hold (maps, lists, strings, numbers). */
	private static Object value(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			return JsonRpcErrors.MAPPER.treeToValue(node, Object.class);
		}
		catch (IOException e) {
			throw new IllegalStateException("a parsed tree converts to plain values", e);
		}
	}

	/** A Long or String id, or null when absent or of a type MCP does not allow. */
	static Object readableId(JsonNode idNode) {
		if (idNode == null) {
			return null;
		}
		if (idNode.isTextual()) {
			return idNode.asText();
		}
		if (idNode.isIntegralNumber() && idNode.canConvertToLong()) {
			return idNode.asLong();
		}
		return null;
	}

	private static boolean isErrorObject(JsonNode error) {
		return error != null && error.isObject() && error.path("code").isIntegralNumber()
				&& error.path("message").isTextual();
	}

	private static String textOrNull(JsonNode node) {
		return node != null && node.isTextual() ? node.asText() : null;
	}

}
