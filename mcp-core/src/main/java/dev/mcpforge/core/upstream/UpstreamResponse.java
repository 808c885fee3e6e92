package dev.mcpforge.core.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A successful (2xx) answer of the upstream API.
 *
 * @param status    the HTTP status
 * @param headers   the response headers (lower-case names)
 * @param body      the parsed JSON body; a missing node for an empty body
 * @param requestId the request id sent (and echoed by most APIs), for support tickets and logs
 * @param attempts  how many HTTP exchanges it took (1 without retries, 0 when answered from the cache)
 * @param cached    whether the answer came from the response cache
 */
public record UpstreamResponse(int status, Map<String, List<String>> headers, JsonNode body, String requestId,
		int attempts, boolean cached) {

	public Optional<String> header(String name) {
		List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	UpstreamResponse fromCache() {
		return new UpstreamResponse(status, headers, body, requestId, 0, true);
	}
}
