package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * Bad input through the public API: no stack trace reaches a client, a foreign Host gets a 4xx,
 * the default bind address is loopback, and a valid call right after each bad one succeeds.
 */
@Timeout(60)
class ServingRobustnessTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	record Echo(String message) {
	}

	private final McpServer server = McpServer.builder()
		.name("robust")
		.tool("echo", "Echoes", Echo.class, (args, ctx) -> args.message())
		.tool("bug", "Throws an unexpected exception", ctx -> {
			throw new IllegalStateException("db password=hunter2 at com.acme.Db");
		})
		.build();

	@AfterEach
	void close() {
		server.close();
	}

	@Test
	void httpBindsToLoopbackByDefaultAndNeverLeaksStackTraces() throws Exception {
		HttpServerHandle http = server.serveHttp(o -> o.port(0));
		assertThat(http.endpoint().getHost()).isEqualTo("127.0.0.1");
		assertThat(http.endpoint().getPath()).isEqualTo("/mcp");

		String session = initialize(http);
		HttpResponse<String> malformed = post(http, session, "{");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(malformed.body()).at("/error/code").asInt()).isEqualTo(-32700);

		HttpResponse<String> notJsonRpc = post(http, session, "{\"foo\":1}");
		assertThat(notJsonRpc.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(notJsonRpc.body()).at("/error/code").asInt()).isEqualTo(-32600);

		HttpResponse<String> bug = post(http, session, call(7, "bug", "{}"));
		assertThat(bug.statusCode()).isEqualTo(200);
		JsonNode bugResult = sseMessage(bug.body()).get("result");
		assertThat(bugResult.get("isError").asBoolean()).isTrue();
		for (HttpResponse<String> response : java.util.List.of(malformed, notJsonRpc, bug)) {
			assertThat(response.body()).doesNotContain("hunter2", "stackTrace", "com.acme", "Exception", "\tat ");
		}

		HttpResponse<String> echo = post(http, session, call(8, "echo", "{\"message\":\"still here\"}"));
		assertThat(sseMessage(echo.body()).at("/result/content/0/text").asText()).isEqualTo("still here");
	}

	@Test
	void foreignHostOrOriginIsRefusedWithA4xx() throws Exception {
		HttpServerHandle http = server.serveHttp(o -> o.port(0));
		String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
				+ "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}";
		assertThat(rawPost(http.port(), "evil.example.com", "http://evil.example.com", body)).startsWith("HTTP/1.1 4");
		assertThat(rawPost(http.port(), "127.0.0.1:" + http.port(), "http://127.0.0.1:" + http.port(), body))
			.startsWith("HTTP/1.1 200");
	}

	@Test
	void statelessHttpServesTheSameTools() {
		HttpServerHandle http = server.serveHttp(o -> o.port(0).stateless(true));
		McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
			.builder("http://127.0.0.1:" + http.port()).endpoint("/mcp").build()).build();
		try {
			client.initialize();
			var result = client.callTool(McpSchema.CallToolRequest.builder("echo").arguments(Map.of("message", "hi")).build());
			assertThat(((McpSchema.TextContent) result.content().get(0)).text()).isEqualTo("hi");
		}
		finally {
			client.closeGracefully();
		}
	}

	@Test
	void stdioAnswersBadLinesAndKeepsServing() throws Exception {
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
		PipedInputStream fromServer = new PipedInputStream(1 << 20);
		OutputStream serverOut = new PipedOutputStream(fromServer);
		ServerHandle stdio = server.serveStdio(serverIn, serverOut);
		BufferedReader replies = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));

		send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
				+ "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}");
		assertThat(JSON.readTree(replies.readLine()).at("/result/serverInfo/name").asText()).isEqualTo("robust");
		send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

		String[][] cases = { { "{", "-32700" }, { "\u0000\u00ff garbage", "-32700" }, { "{\"foo\":1}", "-32600" },
				{ "[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}]", "-32600" } };
		int id = 10;
		for (String[] bad : cases) {
			send(toServer, bad[0]);
			JsonNode error = JSON.readTree(replies.readLine());
			assertThat(error.at("/error/code").asText()).as(bad[0]).isEqualTo(bad[1]);
			send(toServer, call(++id, "echo", "{\"message\":\"after " + bad[1] + "\"}"));
			JsonNode answer = JSON.readTree(replies.readLine());
			assertThat(answer.get("id").asInt()).isEqualTo(id);
			assertThat(answer.at("/result/content/0/text").asText()).isEqualTo("after " + bad[1]);
		}
		toServer.close();
		stdio.awaitTermination();
	}

	private static void send(OutputStream out, String line) throws Exception {
		out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private static String call(int id, String tool, String arguments) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
				+ "\",\"arguments\":" + arguments + "}}";
	}

	private static String initialize(HttpServerHandle http) throws Exception {
		HttpResponse<String> response = post(http, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
				+ "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}");
		String session = response.headers().firstValue("mcp-session-id").orElseThrow();
		post(http, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
		return session;
	}

	private static HttpResponse<String> post(HttpServerHandle http, String session, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.endpoint())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("mcp-session-id", session);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode sseMessage(String body) throws Exception {
		for (String line : body.split("\n")) {
			if (line.startsWith("data:") && line.length() > 6) {
				return JSON.readTree(line.substring(5).trim());
			}
		}
		return JSON.readTree(body);
	}

	private static String rawPost(int port, String host, String origin, String body) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			String request = "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
					+ "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: "
					+ bytes.length + "\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().write(bytes);
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
