package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Raw HTTP requests to an MCP endpoint with {@link HttpClient}, and checks on what comes back. */
final class RawMcp {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String ACCEPT = "application/json, text/event-stream";

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final URI endpoint;

	RawMcp(String baseUrl) {
		this.endpoint = URI.create(baseUrl + "/mcp");
	}

	/** Standard MCP POST headers, plus the session when non-null. */
	static Map<String, String> headers(String sessionId) {
		Map<String, String> h = new LinkedHashMap<>();
		h.put("Accept", ACCEPT);
		h.put("Content-Type", "application/json");
		if (sessionId != null) {
			h.put("Mcp-Session-Id", sessionId);
		}
		return h;
	}

	HttpResponse<String> post(String body, Map<String, String> headers) throws IOException, InterruptedException {
		return post(body.getBytes(StandardCharsets.UTF_8), headers);
	}

	HttpResponse<String> post(byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
		return send("POST", HttpRequest.BodyPublishers.ofByteArray(body), headers);
	}

	CompletableFuture<HttpResponse<String>> postAsync(String body, Map<String, String> headers) {
		return http.sendAsync(request("POST", HttpRequest.BodyPublishers.ofString(body), headers),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(String method, HttpRequest.BodyPublisher body, Map<String, String> headers)
			throws IOException, InterruptedException {
		return http.send(request(method, body, headers), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest request(String method, HttpRequest.BodyPublisher body, Map<String, String> headers) {
		HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20)).method(method, body);
		headers.forEach(b::header);
		return b.build();
	}

	/** Initializes a session (initialize + notifications/initialized) and returns its id. */
	String initialize() throws IOException, InterruptedException {
		return initialize("2025-11-25", Map.of());
	}

	String initialize(String protocolVersion, Map<String, String> extraHeaders)
			throws IOException, InterruptedException {
		Map<String, String> h = headers(null);
		h.putAll(extraHeaders);
		HttpResponse<String> init = post(initializeBody(1, protocolVersion), h);
		assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
		String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
		Map<String, String> h2 = headers(session);
		h2.put("mcp-protocol-version", protocolVersion);
		HttpResponse<String> initialized = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", h2);
		assertThat(initialized.statusCode()).isEqualTo(202);
		return session;
	}

	static String initializeBody(int id, String protocolVersion) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
				+ protocolVersion + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
	}

	static String callBody(Object id, String tool, String argumentsJson) {
		String idJson = id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
		return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
				+ "\",\"arguments\":" + argumentsJson + "}}";
	}

	/** Calls echo in the session and asserts it answers {@code echo: <text>}. */
	void assertEchoWorks(String sessionId, String text) throws IOException, InterruptedException {
		HttpResponse<String> r = post(callBody(99, "echo", "{\"text\":\"" + text + "\"}"), headers(sessionId));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode message = message(r);
		assertThat(message.path("id").asInt()).isEqualTo(99);
		assertThat(message.at("/result/content/0/text").asText()).isEqualTo("echo: " + text);
	}

	/** The JSON-RPC message of a response, whether sent as JSON or as one SSE event. */
	static JsonNode message(HttpResponse<String> response) throws IOException {
		String body = response.body();
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		if (contentType.startsWith("text/event-stream")) {
			StringBuilder data = new StringBuilder();
			for (String line : body.split("\n")) {
				if (line.startsWith("data:")) {
					data.append(line.substring(5).trim());
				}
			}
			return JSON.readTree(data.toString());
		}
		return JSON.readTree(body);
	}

	/**
	 * Asserts a clean JSON-RPC error envelope: status, JSON content type, exactly
	 * {@code jsonrpc/id/error{code,message}}, and no trace of Java internals.
	 */
	static JsonNode assertErrorEnvelope(HttpResponse<String> r, int status, int code) throws IOException {
		assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertNoLeak(r.body());
		JsonNode body = JSON.readTree(r.body());
		assertThat(body.path("jsonrpc").asText()).isEqualTo("2.0");
		assertThat(body.has("id")).isTrue();
		assertThat(body.path("error").path("code").asInt()).as(r.body()).isEqualTo(code);
		assertThat(body.path("error").path("message").asText()).isNotBlank();
		assertThat(body.size()).isEqualTo(3);
		return body;
	}

	static void assertNoLeak(String body) {
		assertThat(body).doesNotContain("stackTrace", "Exception", "exception", "java.", "io.modelcontextprotocol",
				"org.eclipse", "jakarta.", "<html", "\tat ", "secret");
	}

}
