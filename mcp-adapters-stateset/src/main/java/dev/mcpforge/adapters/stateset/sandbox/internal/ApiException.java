package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** An error the sandbox answers with StateSet's error body: status, reason phrase, message and optional details. */
public final class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;
	private final transient JsonNode details;

	public ApiException(int status, String message) {
		this(status, message, null);
	}

	public ApiException(int status, String message, JsonNode details) {
		super(message);
		this.status = status;
		this.details = details;
	}

	public int status() {
		return status;
	}

	public JsonNode details() {
		return details;
	}

	/** The short error title StateSet puts in {@code error}, e.g. "Not Found". */
	public String title() {
		return reasonPhrase(status);
	}

	public static String reasonPhrase(int status) {
		switch (status) {
			case 400: return "Bad Request";
			case 401: return "Unauthorized";
			case 403: return "Forbidden";
			case 404: return "Not Found";
			case 405: return "Method Not Allowed";
			case 409: return "Conflict";
			case 422: return "Unprocessable Entity";
			case 429: return "Too Many Requests";
			case 500: return "Internal Server Error";
			case 502: return "Bad Gateway";
			case 503: return "Service Unavailable";
			case 504: return "Gateway Timeout";
			default: return "Error";
		}
	}

	public static ApiException notFound(String what) {
		return new ApiException(404, what + " not found");
	}

	public static ApiException badRequest(String message) {
		return new ApiException(400, message);
	}

	public static ApiException unprocessable(String message) {
		return new ApiException(422, message);
	}

	public static ApiException conflict(String message) {
		return new ApiException(409, message);
	}
}
