package dev.mcpforge.adapters.stateset.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the sandbox received, recorded before faults, authentication and routing.
 *
 * @param method  HTTP method, upper case
 * @param path    the raw path including the base path, e.g. {@code /api/v1/orders/ORD-1}
 * @param query   the raw query string, or {@code null}
 * @param headers request headers, names in lower case
 * @param body    the request body as UTF-8 text ("" when none)
 * @param at      when it arrived
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body, Instant at) {

	/** The first value of a header (name case-insensitive), or {@code null}. */
	public String header(String name) {
		List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return values == null || values.isEmpty() ? null : values.get(0);
	}
}
