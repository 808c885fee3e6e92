package dev.mcpforge.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request a {@link FakeUpstream} received.
 *
 * @param method HTTP method, upper case
 * @param url path and query, e.g. {@code /orders/42?expand=items}
 * @param headers header values by lower-case name
 * @param body the body as text (empty when there was none)
 */
public record RecordedRequest(String method, String url, Map<String, List<String>> headers, String body) {

	public RecordedRequest {
		headers = Map.copyOf(headers);
		body = body == null ? "" : body;
	}

	/** The path without the query. */
	public String path() {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

	/** The first value of a header, case-insensitive. */
	public Optional<String> header(String name) {
		List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	@Override
	public String toString() {
		return method + " " + url + (body.isEmpty() ? "" : " " + body);
	}

}
