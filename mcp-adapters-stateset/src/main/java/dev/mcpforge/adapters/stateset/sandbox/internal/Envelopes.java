package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** StateSet's two response shapes: the success envelope and the error body. */
public final class Envelopes {

	private final ObjectMapper mapper;

	public Envelopes(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** {@code {"success": true, "data": …, "message": null, "errors": null, "meta": {"request_id", "timestamp"}}}. */
	public ObjectNode success(JsonNode data, String requestId) {
		ObjectNode root = mapper.createObjectNode();
		root.put("success", true);
		root.set("data", data == null ? mapper.nullNode() : data);
		root.putNull("message");
		root.putNull("errors");
		ObjectNode meta = root.putObject("meta");
		meta.put("request_id", requestId);
		meta.put("timestamp", Instant.now().toString());
		return root;
	}

	/** {@code {"error": "Not Found", "message": …, "details": …, "request_id": …, "timestamp": …}}. */
	public ObjectNode error(int status, String message, JsonNode details, String requestId) {
		ObjectNode root = mapper.createObjectNode();
		root.put("error", ApiException.reasonPhrase(status));
		root.put("message", message);
		root.set("details", details == null ? mapper.nullNode() : details);
		root.put("request_id", requestId);
		root.put("timestamp", Instant.now().toString());
		return root;
	}

	public ObjectNode error(ApiException e, String requestId) {
		return error(e.status(), e.getMessage(), e.details(), requestId);
	}
}
