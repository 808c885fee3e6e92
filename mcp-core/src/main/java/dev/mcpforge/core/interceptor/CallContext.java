package dev.mcpforge.core.interceptor;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who made a request and through what: the facts interceptors decide on. Immutable; the
 {@code with*} methods return changed copies (an authentication interceptor attaches the
 * principal it verified with {@link #withPrincipal}, and handlers then see it).
 *
 * @param transport "stdio", "http", "http-stateless" or "in-memory"
 * @param sessionId the MCP session, or {@code null} without one
 * @param principal the authenticated caller, or {@code null}
 * @param headers HTTP request headers by lower-case name; empty for other transports
 * @param attributes free attributes interceptors pass on to later ones and to handlers
 */
public record CallContext(String transport, String sessionId, Principal principal, Map<String, List<String>> headers,
		Map<String, Object> attributes) {

	public CallContext {
		transport = transport == null ? "unknown" : transport;
		headers = headers == null ? Map.of() : Map.copyOf(headers);
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	public Optional<Principal> caller() {
		return Optional.ofNullable(principal);
	}

	/** The first value of a header, case-insensitive. */
	public Optional<String> header(String name) {
		List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	public Optional<Object> attribute(String key) {
		return Optional.ofNullable(attributes.get(key));
	}

	public CallContext withPrincipal(Principal newPrincipal) {
		return new CallContext(transport, sessionId, newPrincipal, headers, attributes);
	}

	public CallContext withAttribute(String key, Object value) {
		Map<String, Object> all = new LinkedHashMap<>(attributes);
		all.put(key, value);
		return new CallContext(transport, sessionId, principal, headers, all);
	}

}
