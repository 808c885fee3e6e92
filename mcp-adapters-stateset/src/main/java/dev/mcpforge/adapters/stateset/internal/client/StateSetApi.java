package dev.mcpforge.adapters.stateset.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.core.upstream.UpstreamClient;
import dev.mcpforge.core.upstream.UpstreamRequest;
import java.util.Map;

/**
 * The StateSet REST API as the tools see it: sends through the shared {@link UpstreamClient} (limits, retries, breaker,
 * cache) and unwraps StateSet's success envelope {@code {"success": true, "data": ...}}.
 */
public final class StateSetApi {

	/** Path aliases of one entity family, so a write through either spelling invalidates reads through the other. */
	private static final Map<String, String> RESOURCE_ALIASES = Map.of("returns", "rmas", "checkout_sessions",
			"checkout");

	private final UpstreamClient client;

	public StateSetApi(UpstreamClient client) {
		this.client = client;
	}

	public UpstreamClient client() {
		return client;
	}

	/** Sends the request and returns the envelope's {@code data} (or the whole body for APIs without envelope). */
	public JsonNode call(UpstreamRequest request) {
		JsonNode body = client.send(request.resource(resourceOf(request.path()))).body();
		return body.has("success") && body.has("data") ? body.get("data") : body;
	}

	public JsonNode get(String path) {
		return call(UpstreamRequest.get(path));
	}

	/** The cache family of a path: its first segment, or the first two below {@code /manufacturing}. */
	static String resourceOf(String path) {
		String[] segments = path.substring(1).split("[/?]");
		String first = segments[0];
		if (first.equals("manufacturing") && segments.length > 1) {
			return segments[1].equals("boms") ? "bill-of-materials" : "manufacturing/" + segments[1];
		}
		return RESOURCE_ALIASES.getOrDefault(first, first);
	}
}
