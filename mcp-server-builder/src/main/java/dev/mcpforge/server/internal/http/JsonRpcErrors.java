package dev.mcpforge.server.internal.http;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON-RPC error envelopes the HTTP layer sends,
 * {@code {"jsonrpc":"2.0","id":<id|null>,"error":{"code":..,"message":..}}}, and decides
 * which code and message a transport-level HTTP error gets.
 *
 * <table>
 * <caption>Codes by HTTP status</caption>
 * <tr><th>HTTP</th><th>code</th><th>default message</th></tr>
 * <tr><td>400</td><td>-32700 / -32600 when the body is at fault, else -32000</td><td>Bad Request</td></tr>
 * <tr><td>403, 421</td><td>-32000</td><td>Forbidden / Misdirected Request</td></tr>
 * <tr><td>404</td><td>-32001</td><td>Session not found</td></tr>
 * <tr><td>405, 406</td><td>-32000</td><td>Method Not Allowed / Not Acceptable</td></tr>
 * <tr><td>413, 415</td><td>-32600</td><td>Request body too large / Unsupported Media Type</td></tr>
 * <tr><td>503</td><td>-32000</td><td>Service Unavailable</td></tr>
 * <tr><td>other 5xx</td><td>-32603</td><td>Internal error</td></tr>
 * </table>
 *
 * Messages written by the SDK are kept only when they look harmless (short, no class
 * names, no stack frames); otherwise the default message of the status is used.
 */
public final class JsonRpcErrors {

	/** JSON-RPC: invalid JSON. */
	public static final int PARSE_ERROR = -32700;

	/** JSON-RPC: valid JSON, but not a valid request object. */
	public static final int INVALID_REQUEST = -32600;

	/** JSON-RPC: invalid method parameters. */
	public static final int INVALID_PARAMS = -32602;

	/** JSON-RPC: internal error. */
	public static final int INTERNAL_ERROR = -32603;

	/** Implementation-defined server error, used for transport problems (headers, method). */
	public static final int SERVER_ERROR = -32000;

	/** Implementation-defined: unknown or expired session (same code as the TypeScript SDK). */
	public static final int SESSION_NOT_FOUND = -32001;

	static final ObjectMapper MAPPER = new ObjectMapper();

	private static final int MAX_MESSAGE_LENGTH = 200;

	// Anything that smells of Java internals: qualified class names, exception type names,
	// stack frames, Jackson's back-ticked type names, source positions.
	private static final Pattern LEAKY = Pattern.compile(
			"(?i)(exception|error:|\\bat [\\w$.]+\\(|\\bjava\\.|\\bjavax\\.|\\bjakarta\\.|\\bio\\.modelcontextprotocol"
					+ "|\\bcom\\.fasterxml|\\borg\\.eclipse|\\bdev\\.mcpforge|\\breactor\\.|`|\\$|\\[Source:|line: \\d+)");

	private JsonRpcErrors() {
	}

	/** Serialises an error envelope; {@code id} may be null, a String or a Number. */
	public static byte[] envelope(Object id, int code, String message) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("jsonrpc", "2.0");
		if (id instanceof Number n) {
			root.put("id", n.longValue());
		}
		else if (id != null) {
			root.put("id", id.toString());
		}
		else {
			root.putNull("id");
		}
		ObjectNode error = root.putObject("error");
		error.put("code", code);
		error.put("message", message);
		try {
			return MAPPER.writeValueAsBytes(root);
		}
		catch (Exception e) {
			// cannot happen for a tree of strings and numbers
			throw new IllegalStateException("cannot serialise error envelope", e);
		}
	}

	/**
	 * The JSON-RPC code for a transport-level error with this HTTP status. {@code sdkCode}
	 * is the code the SDK chose, or null; it is kept only where it names a body problem.
	 */
	public static int codeFor(int status, Integer sdkCode) {
		if (status == 400 && sdkCode != null && (sdkCode == PARSE_ERROR || sdkCode == INVALID_REQUEST)) {
			return sdkCode;
		}
		return switch (status) {
			case 404 -> SESSION_NOT_FOUND;
			case 413, 415 -> INVALID_REQUEST;
			case 400, 401, 403, 405, 406, 409, 421, 429, 503 -> SERVER_ERROR;
			default -> status >= 500 ? INTERNAL_ERROR : SERVER_ERROR;
		};
	}

	/** The message to send: the SDK's when harmless, else a fixed one for the status. */
	public static String messageFor(int status, String sdkMessage) {
		if (status == 404) {
			return "Session not found";
		}
		if (status >= 500 && status != 503) {
			return defaultMessage(status);
		}
		String safe = sanitise(sdkMessage);
		return safe != null ? safe : defaultMessage(status);
	}

	/** {@code message} if it is short and reveals no internals, else null. */
	static String sanitise(String message) {
		if (message == null) {
			return null;
		}
		String m = message.strip();
		if (m.isEmpty() || m.length() > MAX_MESSAGE_LENGTH || m.indexOf('\n') >= 0 || LEAKY.matcher(m).find()) {
			return null;
		}
		return m;
	}

	/** Fixed message per HTTP status. */
	public static String defaultMessage(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 405 -> "Method Not Allowed";
			case 406 -> "Not Acceptable";
			case 409 -> "Conflict";
			case 413 -> "Request body too large";
			case 415 -> "Unsupported Media Type: Content-Type must be application/json";
			case 421 -> "Misdirected Request";
			case 429 -> "Too Many Requests";
			case 503 -> "Service Unavailable";
			default -> status >= 500 ? "Internal error" : "HTTP error " + status;
		};
	}

}
