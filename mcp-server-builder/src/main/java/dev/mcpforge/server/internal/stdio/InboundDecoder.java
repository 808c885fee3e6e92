package dev.mcpforge.server.internal.stdio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;

/**
 * Turns one inbound line into an SDK message, or into the JSON-RPC error to answer it with.
 * Unlike {@link McpSchema#deserializeJsonRpcMessage}, it tells malformed JSON (-32700) from
 * well-formed JSON that is not an MCP message (-32600), and finds the id to echo.
 */
final class InboundDecoder {

	sealed interface Result permits Decoded, Rejected, Ignored {
	}

	record Decoded(McpSchema.JSONRPCMessage message) implements Result {
	}

	/** Answer with a JSON-RPC error; {@code id} is null when none could be read. */
	record Rejected(Object id, int code, String message) implements Result {
	}

	/** A malformed response: JSON-RPC never answers a response, so it is only logged. */
	record Ignored(String why) implements Result {
	}

	// Parses the framing only; the SDK's mapper still builds the message records.
	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final int MAX_DETAIL_CHARS = 160;

	private final McpJsonMapper mapper;

	InboundDecoder(McpJsonMapper mapper) {
		this.mapper = mapper;
	}

	Result decode(byte[] line) {
		if (!isAscii(line) && !isUtf8(line)) {
			return parseError("invalid UTF-8");
		}
		Object tree;
		try {
			tree = JSON.readValue(line, Object.class);
		}
		catch (StreamConstraintsException e) {
			return parseError("message exceeds the parser's nesting or size limits");
		}
		catch (IOException e) {
			return e instanceof JsonProcessingException json ? parseError(describe(json)) : parseError("malformed JSON");
		}
		if (tree instanceof List) {
			return invalid(null, "batch requests are not supported");
		}
		if (!(tree instanceof Map<?, ?> map)) {
			return invalid(null, "expected a JSON object");
		}
		return decodeObject(map);
	}

	private Result decodeObject(Map<?, ?> map) {
		Object id = map.get("id");
		Object echoId = isValidId(id) ? id : null;
		if (!McpSchema.JSONRPC_VERSION.equals(map.get("jsonrpc"))) {
			return invalid(echoId, "jsonrpc must be \"2.0\"");
		}
		if (map.containsKey("method")) {
			if (!(map.get("method") instanceof String method) || method.isEmpty()) {
				return invalid(echoId, "method must be a non-empty string");
			}
			Object params = map.get("params");
			if (params != null && !(params instanceof Map) && !(params instanceof List)) {
				return invalid(echoId, "params must be an object or an array");
			}
			if (!map.containsKey("id")) {
				return convert(map, McpSchema.JSONRPCNotification.class, null);
			}
			if (echoId == null) {
				return invalid(null, "id must be a string or an integer");
			}
			return convert(map, McpSchema.JSONRPCRequest.class, echoId);
		}
		if (map.containsKey("result") || map.containsKey("error")) {
			if (echoId == null) {
				return new Ignored("response without a usable id");
			}
			if ((map.get("result") != null) == (map.get("error") != null)) {
				return new Ignored("response must carry exactly one of result and error");
			}
			if (map.get("error") != null && !(map.get("error") instanceof Map)) {
				return new Ignored("response error must be an object");
			}
			return convert(map, McpSchema.JSONRPCResponse.class, null);
		}
		return invalid(echoId, "not a request, notification or response");
	}

	private Result convert(Map<?, ?> map, Class<? extends McpSchema.JSONRPCMessage> type, Object id) {
		try {
			return new Decoded(mapper.convertValue(map, type));
		}
		catch (RuntimeException e) {
			if (type == McpSchema.JSONRPCResponse.class) {
				return new Ignored("malformed response");
			}
			return invalid(id, "malformed " + (id == null ? "notification" : "request"));
		}
	}

	private static boolean isAscii(byte[] line) {
		for (byte b : line) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	// Checked before parsing, so bad bytes get the one "invalid UTF-8" answer whatever Jackson would say.
	private static boolean isUtf8(byte[] line) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(line));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	// MCP: ids are strings or integers, never null (the SDK's records assert the same).
	private static boolean isValidId(Object id) {
		return id instanceof String || id instanceof Integer || id instanceof Long;
	}

	private static Rejected parseError(String detail) {
		return new Rejected(null, ErrorCodes.PARSE_ERROR, "Parse error: " + detail);
	}

	private static Rejected invalid(Object id, String detail) {
		return new Rejected(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: " + detail);
	}

	// Jackson's own message minus source excerpts and class names, cut to one short line.
	private static String describe(JsonProcessingException e) {
		String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
		for (String cut : new String[] { "\n", " (start marker", "[Source", "`" }) {
			int at = message.indexOf(cut);
			if (at >= 0) {
				message = message.substring(0, at);
			}
		}
		message = message.strip();
		if (message.length() > MAX_DETAIL_CHARS) {
			message = message.substring(0, MAX_DETAIL_CHARS) + "...";
		}
		if (message.isEmpty()) {
			message = "malformed JSON";
		}
		if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
			message += " (column " + e.getLocation().getColumnNr() + ")";
		}
		return message;
	}

	/** A complete JSON-RPC error line, {@code "id": null} included as JSON-RPC requires. */
	static byte[] errorLine(Object id, int code, String message) {
		ObjectNode root = JSON.createObjectNode();
		root.put("jsonrpc", McpSchema.JSONRPC_VERSION);
		root.set("id", JSON.valueToTree(id));
		ObjectNode error = root.putObject("error");
		error.put("code", code);
		error.put("message", message);
		try {
			return JSON.writeValueAsBytes(root);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
