package dev.mcpforge.adapters.stateset.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpforge.core.McpJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JDK HttpClient wrapper for the tests: sends JSON, answers status, headers and parsed body. */
final class SandboxClient {

	static final ObjectMapper JSON = McpJson.newMapper();

	record Response(int status, java.net.http.HttpHeaders headers, JsonNode body) {
		JsonNode data() {
			return body.get("data");
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String baseUrl;
	private final String apiKey;

	SandboxClient(StateSetSandbox sandbox) {
		this(sandbox.baseUrl(), "test-key");
	}

	SandboxClient(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	SandboxClient withKey(String key) {
		return new SandboxClient(baseUrl, key);
	}

	Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	Response post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	Response patch(String path, Object body) {
		return send("PATCH", path, body, Map.of());
	}

	Response put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	Response delete(String path) {
		return send("DELETE", path, null, Map.of());
	}

	Response send(String method, String path, Object body, Map<String, String> headers) {
		try {
			HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
			if (apiKey != null) {
				b.header("Authorization", "Bearer " + apiKey);
			}
			headers.forEach(b::header);
			String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
			b.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
			if (text != null) {
				b.header("Content-Type", "application/json");
			}
			HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode parsed = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
			return new Response(r.statusCode(), r.headers(), parsed);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
