package dev.mcpforge.core.upstream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to an upstream HTTP API, relative to the client's base URL. Immutable; the {@code with...} methods return
 * changed copies:
 *
 * <pre>{@code
 * UpstreamRequest.get("/orders/ORD-1").query("expand", "items").category("read")
 * }</pre>
 *
 * @param method   the HTTP method
 * @param path     the path below the base URL, already expanded and encoded, starting with {@code /}
 * @param query    query parameters in order; {@code null} values are left out
 * @param body     the JSON body (any Jackson-serialisable value), or {@code null}
 * @param category the operation category the rate limits and timeouts are keyed by (read, create, update, ...)
 * @param resource the entity family cached responses belong to; writes invalidate it (default: the first path segment)
 */
public record UpstreamRequest(String method, String path, Map<String, Object> query, Object body, String category,
		String resource) {

	public UpstreamRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("path must start with '/': " + path);
		}
		// unmodifiable but in order: the URL (and so the cache and single-flight key) follows it
		query = java.util.Collections.unmodifiableMap(query == null ? new LinkedHashMap<>() : withoutNulls(query));
		category = category == null ? defaultCategory(method) : category;
		resource = resource == null ? firstSegment(path) : resource;
	}

	public static UpstreamRequest get(String path) {
		return of("GET", path, null);
	}

	public static UpstreamRequest delete(String path) {
		return of("DELETE", path, null);
	}

	public static UpstreamRequest post(String path, Object body) {
		return of("POST", path, body);
	}

	public static UpstreamRequest put(String path, Object body) {
		return of("PUT", path, body);
	}

	public static UpstreamRequest patch(String path, Object body) {
		return of("PATCH", path, body);
	}

	public static UpstreamRequest of(String method, String path, Object body) {
		return new UpstreamRequest(method.toUpperCase(java.util.Locale.ROOT), path, Map.of(), body, null, null);
	}

	/** Adds a query parameter; a {@code null} value is ignored. */
	public UpstreamRequest query(String name, Object value) {
		if (value == null) {
			return this;
		}
		Map<String, Object> q = new LinkedHashMap<>(query);
		q.put(name, value);
		return new UpstreamRequest(method, path, q, body, category, resource);
	}

	public UpstreamRequest category(String newCategory) {
		return new UpstreamRequest(method, path, query, body, newCategory, resource);
	}

	public UpstreamRequest resource(String newResource) {
		return new UpstreamRequest(method, path, query, body, category, newResource);
	}

	/** GET and HEAD: safe to cache, to share between identical concurrent callers and to retry. */
	public boolean isRead() {
		return method.equals("GET") || method.equals("HEAD");
	}

	/** Methods a server must treat as idempotent (RFC 9110): safe to retry after an ambiguous failure. */
	public boolean isIdempotent() {
		return isRead() || method.equals("PUT") || method.equals("DELETE");
	}

	private static String defaultCategory(String method) {
		return switch (method) {
			case "GET", "HEAD" -> "read";
			case "POST" -> "create";
			case "PUT", "PATCH" -> "update";
			case "DELETE" -> "delete";
			default -> "other";
		};
	}

	private static String firstSegment(String path) {
		int end = path.indexOf('/', 1);
		String first = end < 0 ? path.substring(1) : path.substring(1, end);
		int q = first.indexOf('?');
		return q < 0 ? first : first.substring(0, q);
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> query) {
		Map<String, Object> copy = new LinkedHashMap<>();
		query.forEach((k, v) -> {
			if (v != null) {
				copy.put(k, v);
			}
		});
		return copy;
	}
}
