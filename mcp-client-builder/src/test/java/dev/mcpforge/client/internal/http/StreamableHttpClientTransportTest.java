package dev.mcpforge.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.client.McpClient;

/**
 * Against a scripted server that closes streams early, like the conformance suite's
 * {@code sse-retry} scenario: the client must wait the {@code retry} delay and resume with
 * {@code Last-Event-ID}.
 */
class StreamableHttpClientTransportTest {

	private static final ObjectMapper mapper = new ObjectMapper();

	/** What the server saw: method, Last-Event-ID, Mcp-Session-Id, MCP-Protocol-Version, when. */
	record Seen(String method, String lastEventId, String sessionId, String version, long nanos) {
	}

	private final List<Seen> seen = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private HttpServer server;

	private volatile long streamClosed;

	private volatile String pendingCallId;

	private volatile boolean getStreams = true;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(executor);
		server.createContext("/mcp", this::handle);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
		executor.shutdownNow();
	}

	private String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/mcp";
	}

	@Test
	void aClosedResponseStreamIsResumedAfterTheRetryDelayWithLastEventId() {
		try (McpClient client = McpClient.builder().http(url()).requestTimeout(Duration.ofSeconds(10)).build()) {
			McpSchema.CallToolResult result = client.call("slow", Map.of());
			assertThat(((McpSchema.TextContent) result.content().get(0)).text()).isEqualTo("resumed");
		}
		Seen resume = seen.stream().filter(s -> "call-1".equals(s.lastEventId())).findFirst().orElseThrow();
		assertThat(resume).extracting(Seen::method, Seen::lastEventId, Seen::sessionId, Seen::version)
			.containsExactly("GET", "call-1", "s-1", "2025-03-26");
		assertThat(Duration.ofNanos(resume.nanos() - streamClosed)).isBetween(Duration.ofMillis(280),
				Duration.ofMillis(900));
		await().untilAsserted(() -> assertThat(seen).anySatisfy(s -> {
			assertThat(s.method()).isEqualTo("DELETE");
			assertThat(s.sessionId()).isEqualTo("s-1");
		}));
	}

	@Test
	void theGetStreamIsReopenedAfterItsRetryDelayAndDeliversServerMessages() {
		List<String> logs = new CopyOnWriteArrayList<>();
		try (McpClient client = McpClient.builder()
			.http(url())
			.onLog(log -> logs.add(String.valueOf(log.data())))
			.build()) {
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(logs).containsExactly("after resume"));
		}
		assertThat(seen).filteredOn(s -> s.method().equals("GET"))
			.extracting(Seen::lastEventId)
			.startsWith(null, "get-1");
	}

	@Test
	void aServerWithoutAGetStreamIsAskedOnce() throws InterruptedException {
		getStreams = false;
		try (McpClient client = McpClient.builder().http(url()).build()) {
			client.ping();
			Thread.sleep(StreamableHttpClientTransport.DEFAULT_RETRY.toMillis() + 500);
		}
		assertThat(seen).filteredOn(s -> s.method().equals("GET")).hasSize(1);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
		seen.add(new Seen(method, lastEventId, exchange.getRequestHeaders().getFirst("Mcp-Session-Id"),
				exchange.getRequestHeaders().getFirst("MCP-Protocol-Version"), System.nanoTime()));
		exchange.getResponseHeaders().add("Mcp-Session-Id", "s-1");
		switch (method) {
			case "POST" -> post(exchange, mapper.readTree(exchange.getRequestBody()));
			case "GET" -> {
				if (!getStreams) {
					exchange.sendResponseHeaders(405, -1);
				}
				else if ("call-1".equals(lastEventId)) {
					sse(exchange, "id: call-2\nevent: message\ndata: " + result(pendingCallId, "resumed") + "\n\n");
				}
				else if ("get-1".equals(lastEventId)) {
					sse(exchange, "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\","
							+ "\"params\":{\"level\":\"info\",\"data\":\"after resume\"}}\n\n");
					sleepQuietly(60_000); // stays open like a real GET stream, until the client leaves
				}
				else {
					sse(exchange, "id: get-1\nretry: 100\ndata: \n\n");
				}
			}
			default -> exchange.sendResponseHeaders(200, -1);
		}
		exchange.close();
	}

	private void post(HttpExchange exchange, JsonNode request) throws IOException {
		if (!request.has("id")) {
			exchange.sendResponseHeaders(202, -1);
			return;
		}
		String id = mapper.writeValueAsString(request.get("id"));
		switch (request.get("method").asText()) {
			case "initialize" -> json(exchange, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"protocolVersion\":"
					+ "\"2025-03-26\",\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"s\",\"version\":\"1\"}}}");
			case "tools/call" -> {
				pendingCallId = id;
				sse(exchange, "id: call-1\nretry: 300\ndata: \n\n");
				sleepQuietly(50);
				streamClosed = System.nanoTime();
			}
			default -> json(exchange, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{}}");
		}
	}

	private static String result(String id, String text) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"" + text
				+ "\"}]}}";
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static void sse(HttpExchange exchange, String events) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		OutputStream body = exchange.getResponseBody();
		body.write(events.getBytes(StandardCharsets.UTF_8));
		body.flush();
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
