package dev.mcpforge.core.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a caller presented, as an {@link Authenticator} sees it: the transport and the request
 * headers (HTTP headers by lower-case name; for in-memory clients the headers the client was
 * connected with; empty for stdio, where an authenticator may read the environment instead).
 *
 * <p>{@link #toString()} prints the header names only, never their values.
 *
 * @param transport "http" (stateful or stateless), "in-memory" or "stdio"
 * @param headers header values by lower-case name
 */
public record Credentials(String transport, Map<String, List<String>> headers) {

	public Credentials {
		transport = transport == null ? "unknown" : transport;
		Map<String, List<String>> lower = new java.util.LinkedHashMap<>();
		if (headers != null) {
			headers.forEach((k, v) -> lower.merge(k.toLowerCase(Locale.ROOT), v == null ? List.of() : List.copyOf(v),
					(a, b) -> {
						List<String> both = new java.util.ArrayList<>(a);
						both.addAll(b);
						return List.copyOf(both);
					}));
		}
		headers = java.util.Collections.unmodifiableMap(lower);
	}

	/** No headers, e.g. stdio. */
	public static Credentials none(String transport) {
		return new Credentials(transport, Map.of());
	}

	/** The first value of a header, case-insensitive. */
	public Optional<String> header(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	/** The token of an {@code Authorization: Bearer <token>} header (scheme case-insensitive). */
	public Optional<String> bearerToken() {
		return header("authorization").map(String::strip)
			.filter(v -> v.length() > 7 && v.regionMatches(true, 0, "Bearer ", 0, 7))
			.map(v -> v.substring(7).strip())
			.filter(t -> !t.isEmpty());
	}

	@Override
	public String toString() {
		return "Credentials[" + transport + ", headers=" + headers.keySet() + "]";
	}

}
