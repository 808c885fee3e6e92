package dev.mcpforge.core.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.mcpforge.core.McpJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The HTTP client adapters use to call the API behind their tools: JSON in and out, a request id on every call,
 * timeouts per operation category, and (configured on the builder) rate limits, retries, a circuit breaker, a response
 * cache and single-flight for reads, and metrics.
 *
 * <pre>{@code
 * UpstreamClient api = UpstreamClient.builder()
 *         .name("stateset")
 *         .baseUrl("https://api.stateset.io/v1")
 *         .bearerToken(System.getenv("STATESET_API_KEY"))
 *         .build();
 * JsonNode order = api.send(UpstreamRequest.get("/orders/ORD-1")).body();
 * }</pre>
 *
 * Immutable and thread-safe; share one per upstream API.
 */
public final class UpstreamClient implements AutoCloseable {

	private final String name;
	private final URI baseUrl;
	private final Map<String, String> headers;
	private final String requestIdHeader;
	private final Duration defaultTimeout;
	private final Map<String, Duration> timeouts;
	private final HttpClient http;
	private final ObjectMapper mapper;
	private final Function<JsonNode, String> errorMessage;

	private UpstreamClient(Builder b) {
		this.name = b.name;
		this.baseUrl = URI.create(stripTrailingSlash(Objects.requireNonNull(b.baseUrl, "baseUrl")));
		this.headers = Map.copyOf(b.headers);
		this.requestIdHeader = b.requestIdHeader;
		this.defaultTimeout = b.defaultTimeout;
		this.timeouts = Map.copyOf(b.timeouts);
		this.http = b.httpClient != null ? b.httpClient
				: HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		this.mapper = b.mapper;
		this.errorMessage = b.errorMessage;
	}

	public static Builder builder() {
		return new Builder();
	}

	public String name() {
		return name;
	}

	public URI baseUrl() {
		return baseUrl;
	}

	/** The timeout a call of this category gets. */
	public Duration timeout(String category) {
		return timeouts.getOrDefault(category, defaultTimeout);
	}

	/**
	 * Sends the request and returns the 2xx answer.
	 *
	 * @throws UpstreamException for any other outcome, with a message a model can act on
	 */
	public UpstreamResponse send(UpstreamRequest request) {
		String requestId = "req-" + UUID.randomUUID();
		HttpRequest httpRequest = toHttp(request, requestId);
		HttpResponse<byte[]> response;
		try {
			response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
		} catch (HttpTimeoutException e) {
			throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, describe(request) + " timed out after "
					+ timeout(request.category()).toMillis() + " ms", requestId, null, e);
		} catch (IOException e) {
			throw new UpstreamException(UpstreamException.Kind.NETWORK, 0,
					describe(request) + " failed: " + e.getClass().getSimpleName() + " " + e.getMessage(), requestId,
					null, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UpstreamException(UpstreamException.Kind.NETWORK, 0, describe(request) + " was interrupted",
					requestId, null, e);
		}
		JsonNode body = parse(response.body());
		int status = response.statusCode();
		if (status / 100 != 2) {
			String detail = body.isMissingNode() ? "" : errorMessage.apply(body);
			throw new UpstreamException(UpstreamException.Kind.HTTP_ERROR, status,
					"Upstream " + name + " answered " + status + " to " + describe(request)
							+ (detail == null || detail.isBlank() ? "" : ": " + detail),
					requestId, null, null);
		}
		return new UpstreamResponse(status, response.headers().map(), body, requestId, 1, false);
	}

	@Override
	public void close() {
		// the JDK client's resources go with it; nothing of ours to release yet
	}

	@Override
	public String toString() {
		return "UpstreamClient[" + name + " " + baseUrl + "]";
	}

	private HttpRequest toHttp(UpstreamRequest request, String requestId) {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(request))
				.timeout(timeout(request.category()))
				.header("Accept", "application/json")
				.header(requestIdHeader, requestId);
		headers.forEach(b::header);
		if (request.body() != null) {
			b.header("Content-Type", "application/json");
			b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(json(request.body())));
		} else {
			b.method(request.method(), HttpRequest.BodyPublishers.noBody());
		}
		return b.build();
	}

	private URI uri(UpstreamRequest request) {
		StringBuilder s = new StringBuilder(baseUrl.toString()).append(request.path());
		char sep = request.path().contains("?") ? '&' : '?';
		for (Map.Entry<String, Object> e : request.query().entrySet()) {
			s.append(sep).append(encode(e.getKey())).append('=').append(encode(String.valueOf(e.getValue())));
			sep = '&';
		}
		return URI.create(s.toString());
	}

	private byte[] json(Object body) {
		try {
			return mapper.writeValueAsBytes(body);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException("request body is not serialisable: " + e.getOriginalMessage(), e);
		}
	}

	private JsonNode parse(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return MissingNode.getInstance();
		}
		try {
			return mapper.readTree(bytes);
		} catch (IOException e) {
			return mapper.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
		}
	}

	private static String describe(UpstreamRequest request) {
		return request.method() + " " + request.path();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The usual places an API puts a human-readable error: {@code message}, {@code error}, {@code detail}. */
	static String defaultErrorMessage(JsonNode body) {
		if (body.isTextual()) {
			return body.asText();
		}
		for (String field : new String[] { "message", "error", "detail", "title" }) {
			JsonNode n = body.path(field);
			if (n.isTextual() && !n.asText().isBlank()) {
				return n.asText();
			}
		}
		return "";
	}

	/** Configures an {@link UpstreamClient}; {@link #baseUrl} is required. */
	public static final class Builder {

		private String name = "upstream";
		private String baseUrl;
		private final Map<String, String> headers = new LinkedHashMap<>();
		private String requestIdHeader = "X-Request-ID";
		private Duration defaultTimeout = Duration.ofSeconds(10);
		private final Map<String, Duration> timeouts = new LinkedHashMap<>();
		private HttpClient httpClient;
		private ObjectMapper mapper = McpJson.newMapper();
		private Function<JsonNode, String> errorMessage = UpstreamClient::defaultErrorMessage;

		private Builder() {
		}

		/** Names the upstream in errors, metrics and logs. */
		public Builder name(String name) {
			this.name = Objects.requireNonNull(name);
			return this;
		}

		public Builder baseUrl(String baseUrl) {
			this.baseUrl = Objects.requireNonNull(baseUrl);
			return this;
		}

		/** A header sent on every call. */
		public Builder header(String name, String value) {
			headers.put(name, value);
			return this;
		}

		/** Sends {@code Authorization: Bearer <token>}; the token never appears in {@code toString} or logs. */
		public Builder bearerToken(String token) {
			return header("Authorization", "Bearer " + Objects.requireNonNull(token, "token"));
		}

		/** The header carrying a fresh request id on every call; default {@code X-Request-ID}. */
		public Builder requestIdHeader(String header) {
			this.requestIdHeader = Objects.requireNonNull(header);
			return this;
		}

		/** The timeout of every call without a category-specific one; default 10 s. */
		public Builder timeout(Duration timeout) {
			this.defaultTimeout = Objects.requireNonNull(timeout);
			return this;
		}

		/** The timeout of calls of one category, e.g. {@code timeout("batch", Duration.ofSeconds(50))}. */
		public Builder timeout(String category, Duration timeout) {
			timeouts.put(category, Objects.requireNonNull(timeout));
			return this;
		}

		/** How to find the human-readable message in an error body; default: message, error, detail or title. */
		public Builder errorMessage(Function<JsonNode, String> extractor) {
			this.errorMessage = Objects.requireNonNull(extractor);
			return this;
		}

		public Builder jsonMapper(ObjectMapper mapper) {
			this.mapper = Objects.requireNonNull(mapper);
			return this;
		}

		/** The JDK client to send with, e.g. one with a proxy or an SSL context. */
		public Builder httpClient(HttpClient client) {
			this.httpClient = Objects.requireNonNull(client);
			return this;
		}

		public UpstreamClient build() {
			return new UpstreamClient(this);
		}
	}
}
