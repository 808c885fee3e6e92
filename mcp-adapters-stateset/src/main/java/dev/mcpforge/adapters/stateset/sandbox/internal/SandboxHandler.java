package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mcpforge.adapters.stateset.sandbox.RecordedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the sandbox: records the request, applies injected faults, authenticates, counts the rate window,
 * routes, and writes StateSet's envelopes with {@code X-Request-Id} and {@code X-RateLimit-*} headers.
 */
public final class SandboxHandler implements HttpHandler {

	private static final Logger LOG = LoggerFactory.getLogger(SandboxHandler.class);

	/** How requests are authenticated; a null {@code apiKey} accepts any non-empty key. */
	public record AuthConfig(String apiKey, String readOnlyApiKey) {
	}

	private final String basePath;
	private final AuthConfig auth;
	private final ResourceRouter router;
	private final Envelopes envelopes;
	private final ObjectMapper mapper;
	private final FaultPlan faults;
	private final RateWindow rate;
	private final Consumer<RecordedRequest> recorder;

	public SandboxHandler(String basePath, AuthConfig auth, EntityStore store, FaultPlan faults, RateWindow rate,
			Consumer<RecordedRequest> recorder) {
		this.basePath = basePath;
		this.auth = auth;
		this.router = new ResourceRouter(store);
		this.mapper = store.mapper();
		this.envelopes = new Envelopes(mapper);
		this.faults = faults;
		this.rate = rate;
		this.recorder = recorder;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			String rawPath = exchange.getRequestURI().getRawPath();
			String query = exchange.getRequestURI().getRawQuery();
			byte[] bodyBytes = exchange.getRequestBody().readAllBytes();
			String bodyText = new String(bodyBytes, StandardCharsets.UTF_8);
			String clientRequestId = exchange.getRequestHeaders().getFirst("X-Request-ID");
			String requestId = clientRequestId != null && !clientRequestId.isBlank() ? clientRequestId
					: "req-" + UUID.randomUUID();
			recorder.accept(new RecordedRequest(method, rawPath, query, lowerCaseHeaders(exchange.getRequestHeaders()),
					bodyText, Instant.now()));

			Headers out = exchange.getResponseHeaders();
			out.set("Content-Type", "application/json");
			out.set("X-Request-Id", requestId);
			try {
				FaultPlan.Decision decision = faults.next(method, rawPath);
				sleep(decision.delay());
				if (decision.failure().isPresent()) {
					FaultPlan.Failure f = decision.failure().get();
					if (f.retryAfter() != null) {
						long millis = Math.max(0, f.retryAfter().toMillis());
						out.set("Retry-After", Long.toString((millis + 999) / 1000));
						out.set("Retry-After-Ms", Long.toString(millis));
						out.set("X-RateLimit-Limit", "0");
						out.set("X-RateLimit-Remaining", "0");
						out.set("X-RateLimit-Reset", Long.toString((System.currentTimeMillis() + millis + 999) / 1000));
					}
					write(exchange, f.status(), envelopes.error(f.status(), f.message(), null, requestId));
					return;
				}
				String key = authenticate(exchange.getRequestHeaders(), method, rawPath);
				RateWindow.Usage usage = rate.hit(key == null ? "anonymous" : key, System.currentTimeMillis());
				out.set("X-RateLimit-Limit", Integer.toString(usage.limit()));
				out.set("X-RateLimit-Remaining", Integer.toString(usage.remaining()));
				out.set("X-RateLimit-Reset", Long.toString(usage.resetEpochSecond()));
				if (usage.exceeded()) {
					long wait = Math.max(1, usage.resetEpochSecond() - System.currentTimeMillis() / 1000);
					out.set("Retry-After", Long.toString(wait));
					throw new ApiException(429, "Rate limit of " + usage.limit() + " requests per minute exceeded");
				}
				ResourceRouter.Result result = router.route(method, segments(rawPath), params(query), parseBody(bodyText));
				write(exchange, result.status(), envelopes.success(result.data(), requestId));
			} catch (ApiException e) {
				write(exchange, e.status(), envelopes.error(e, requestId));
			} catch (RuntimeException e) {
				LOG.error("StateSet sandbox failed on {} {}", method, rawPath, e);
				write(exchange, 500, envelopes.error(500, "Internal error: " + e, null, requestId));
			}
		}
	}

	/** Returns the presented key; throws 401 when none or a wrong one is presented, 403 for a write with the read-only key. */
	private String authenticate(Headers headers, String method, String rawPath) {
		if (isPublic(rawPath)) {
			return null;
		}
		String key = null;
		String authorization = headers.getFirst("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			key = authorization.substring(7).trim();
		}
		if (key == null || key.isEmpty()) {
			key = headers.getFirst("X-API-Key");
		}
		if (key == null || key.isBlank()) {
			throw new ApiException(401, "Missing credentials: send Authorization: Bearer <key> or X-API-Key: <key>");
		}
		if (auth.readOnlyApiKey() != null && auth.readOnlyApiKey().equals(key)) {
			if (ResourceRouter.isWrite(method)) {
				throw new ApiException(403, "This API key is read-only");
			}
			return key;
		}
		if (auth.apiKey() != null && !auth.apiKey().equals(key)) {
			throw new ApiException(401, "Invalid API key");
		}
		return key;
	}

	private boolean isPublic(String rawPath) {
		return rawPath.equals(basePath + "/health") || rawPath.equals("/health");
	}

	private List<String> segments(String rawPath) {
		String rel;
		if (rawPath.equals("/health")) {
			rel = "health";
		} else if (rawPath.startsWith(basePath + "/")) {
			rel = rawPath.substring(basePath.length() + 1);
		} else {
			throw new ApiException(404, "No route for " + rawPath + " (the base path is " + basePath + ")");
		}
		List<String> segments = new ArrayList<>();
		for (String s : rel.split("/")) {
			if (!s.isEmpty()) {
				segments.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
			}
		}
		return segments;
	}

	private static Map<String, String> params(String rawQuery) {
		Map<String, String> params = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return params;
		}
		for (String pair : rawQuery.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			params.putIfAbsent(name, value);
		}
		return params;
	}

	private ObjectNode parseBody(String text) {
		if (text.isBlank()) {
			return mapper.createObjectNode();
		}
		JsonNode node;
		try {
			node = mapper.readTree(text);
		} catch (JsonProcessingException e) {
			throw ApiException.badRequest("Malformed JSON body: " + e.getOriginalMessage());
		}
		if (!node.isObject()) {
			throw ApiException.badRequest("The request body must be a JSON object");
		}
		return (ObjectNode) node;
	}

	private void write(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = mapper.writeValueAsBytes(body);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream os = exchange.getResponseBody()) {
			os.write(bytes);
		}
	}

	private static Map<String, List<String>> lowerCaseHeaders(Headers headers) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
		return copy;
	}

	private static void sleep(Duration d) {
		if (d.isZero() || d.isNegative()) {
			return;
		}
		try {
			Thread.sleep(d.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
