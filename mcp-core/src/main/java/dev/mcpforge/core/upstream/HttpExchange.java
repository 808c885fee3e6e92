package dev.mcpforge.core.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange: builds the JDK request, sends it, parses the JSON answer and turns every non-2xx outcome into an
 * {@link UpstreamException}. Logs each exchange at debug (method, path, status, duration, request id), never headers.
 */
final class HttpExchange {

	private static final Logger log = LoggerFactory.getLogger(UpstreamClient.class);

	private final String name;
	private final URI baseUrl;
	private final Map<String, String> headers;
	private final String requestIdHeader;
	private final Function<String, Duration> timeouts;
	private final HttpClient http;
	private final ObjectMapper mapper;
	private final Function<JsonNode, String> errorMessage;
	private final Clock clock;

	HttpExchange(String name, URI baseUrl, Map<String, String> headers, String requestIdHeader,
			Function<String, Duration> timeouts, HttpClient http, ObjectMapper mapper,
			Function<JsonNode, String> errorMessage, Clock clock) {
		this.name = name;
		this.baseUrl = baseUrl;
		this.headers = headers;
		this.requestIdHeader = requestIdHeader;
		this.timeouts = timeouts;
		this.http = http;
		this.mapper = mapper;
		this.errorMessage = errorMessage;
		this.clock = clock;
	}

	/** Sends once; returns the 2xx answer (attempts 1) or throws. */
	UpstreamResponse send(UpstreamRequest request, String requestId) {
		long start = System.nanoTime();
		HttpResponse<byte[]> response;
		try {
			response = http.send(toHttp(request, requestId), HttpResponse.BodyHandlers.ofByteArray());
		} catch (HttpTimeoutException e) {
			logFailure(request, "timeout", start, requestId);
			throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, describe(request) + " timed out after "
					+ timeouts.apply(request.category()).toMillis() + " ms", requestId, null, e);
		} catch (IOException e) {
			logFailure(request, e.getClass().getSimpleName(), start, requestId);
			throw new UpstreamException(UpstreamException.Kind.NETWORK, 0,
					describe(request) + " failed: " + e.getClass().getSimpleName()
							+ (e.getMessage() == null ? "" : " " + e.getMessage()),
					requestId, null, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UpstreamException(UpstreamException.Kind.NETWORK, 0, describe(request) + " was interrupted",
					requestId, null, e);
		}
		int status = response.statusCode();
		if (log.isDebugEnabled()) {
			log.debug("{} {} {} -> {} in {} ms ({})", name, request.method(), request.path(), status,
					(System.nanoTime() - start) / 1_000_000, requestId);
		}
		JsonNode body = parse(response.body());
		if (status / 100 != 2) {
			throw httpError(request, requestId, response, body);
		}
		return new UpstreamResponse(status, response.headers().map(), body, requestId, 1, false);
	}

	private UpstreamException httpError(UpstreamRequest request, String requestId, HttpResponse<?> response,
			JsonNode body) {
		int status = response.statusCode();
		Duration retryAfter = status == 429 || status == 503
				? response.headers().firstValue("Retry-After").map(v -> RetryAfter.parse(v, clock)).orElse(null)
				: null;
		String detail = body.isMissingNode() ? "" : errorMessage.apply(body);
		return new UpstreamException(UpstreamException.Kind.HTTP_ERROR, status,
				"Upstream " + name + " answered " + status + " to " + describe(request)
						+ (detail == null || detail.isBlank() ? "" : ": " + detail)
						+ (retryAfter == null ? "" : " (retry after " + RetryAfter.format(retryAfter) + ")"),
				requestId, retryAfter, null);
	}

	/** The full URL of a request, query included; also the key of the response cache and of single-flight. */
	URI uri(UpstreamRequest request) {
		StringBuilder s = new StringBuilder(baseUrl.toString()).append(request.path());
		char sep = request.path().contains("?") ? '&' : '?';
		for (Map.Entry<String, Object> e : request.query().entrySet()) {
			s.append(sep).append(encode(e.getKey())).append('=').append(encode(String.valueOf(e.getValue())));
			sep = '&';
		}
		return URI.create(s.toString());
	}

	private HttpRequest toHttp(UpstreamRequest request, String requestId) {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(request))
				.timeout(timeouts.apply(request.category()))
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

	private void logFailure(UpstreamRequest request, String what, long start, String requestId) {
		if (log.isDebugEnabled()) {
			log.debug("{} {} {} -> {} in {} ms ({})", name, request.method(), request.path(), what,
					(System.nanoTime() - start) / 1_000_000, requestId);
		}
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

	static String describe(UpstreamRequest request) {
		return request.method() + " " + request.path();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
