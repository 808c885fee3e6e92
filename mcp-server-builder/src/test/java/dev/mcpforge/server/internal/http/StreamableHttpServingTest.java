package dev.mcpforge.server.internal.http;

import static dev.mcpforge.server.internal.http.RawMcp.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SDK's stateful server behind the filter, driven by the SDK client and by raw HTTP. */
class StreamableHttpServingTest {

	static TestServer server;

	@BeforeAll
	static void start() throws Exception {
		server = TestServer.stateful();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void sdkClientInitializesListsAndCalls() {
		McpSyncClient client = server.client();
		try {
			assertThat(client.initialize().serverInfo().name()).isEqualTo("t");
			assertThat(client.listTools().tools()).extracting(t -> t.name())
				.contains("echo", "boom", "slow", "await_cancel", "whoami", "progress");
			CallToolResult result = client
				.callTool(CallToolRequest.builder("echo").arguments(Map.of("text", "hi")).build());
			assertThat(text(result)).isEqualTo("echo: hi");
			assertThat(result.isError()).isFalse();
		}
		finally {
			client.closeGracefully();
		}
	}

	@Test
	void transportContextCarriesTheRequestFacts() throws Exception {
		RawMcp raw = new RawMcp(server.baseUrl());
		String session = raw.initialize();
		Map<String, String> h = headers(session);
		h.put("X-Test", "one");
		HttpResponse<String> r = raw.post(RawMcp.callBody(1, "whoami", "{}"), h);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(RawMcp.message(r).at("/result/content/0/text").asText())
			.isEqualTo("transport=http remote=127.0.0.1 x-test=[one] principal=null signal=live");
	}

	@Test
	void toolExceptionReachesTheClientWithoutStackTrace() throws Exception {
		McpSyncClient client = server.client();
		try {
			client.initialize();
			// the SDK turns a throwing tool into JSON-RPC -32603 carrying the exception message
			assertThatThrownBy(() -> client.callTool(CallToolRequest.builder("boom").arguments(Map.of()).build()))
				.isInstanceOf(McpError.class)
				.hasMessageContaining("boom secret");
			assertThat(text(client.callTool(CallToolRequest.builder("echo").arguments(Map.of("text", "ok")).build())))
				.isEqualTo("echo: ok");
		}
		finally {
			client.closeGracefully();
		}

		RawMcp raw = new RawMcp(server.baseUrl());
		String session = raw.initialize();
		HttpResponse<String> r = raw.post(RawMcp.callBody(2, "boom", "{}"), headers(session));
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).doesNotContain("stackTrace", "\tat ", "RuntimeException", "java.",
				"io.modelcontextprotocol");
		JsonNode message = RawMcp.message(r);
		assertThat(message.at("/error/code").asInt()).isEqualTo(-32603);
		// left for the public builder's exception mapping: the message itself still gets through
		assertThat(message.at("/error/message").asText()).isEqualTo("boom secret");
		raw.assertEchoWorks(session, "after boom");
	}

	@Test
	void acceptsProtocolVersion20250326() throws Exception {
		RawMcp raw = new RawMcp(server.baseUrl());
		String session = raw.initialize("2025-03-26", Map.of());
		Map<String, String> h = headers(session);
		h.put("mcp-protocol-version", "2025-03-26");
		HttpResponse<String> r = raw.post("{\"jsonrpc\":\"2.0\",\"id\":1000,\"method\":\"tools/list\"}", h);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(RawMcp.message(r).at("/result/tools").size()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void successResponsesAreUntouched() throws Exception {
		RawMcp raw = new RawMcp(server.baseUrl());
		HttpResponse<String> init = raw.post(RawMcp.initializeBody(1, "2025-11-25"), headers(null));
		assertThat(init.statusCode()).isEqualTo(200);
		assertThat(init.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(RawMcp.JSON.readTree(init.body()).at("/result/protocolVersion").asText()).isEqualTo("2025-11-25");
		String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
		// a call that sends nothing before its answer is answered as plain JSON
		HttpResponse<String> call = raw.post(RawMcp.callBody(2, "echo", "{\"text\":\"json\"}"), headers(session));
		assertThat(call.statusCode()).isEqualTo(200);
		assertThat(call.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(RawMcp.JSON.readTree(call.body()).at("/result/content/0/text").asText()).isEqualTo("echo: json");
	}

	@Test
	void sseEventsAreStreamedAsTheyAreWritten() throws Exception {
		RawMcp raw = new RawMcp(server.baseUrl());
		String session = raw.initialize();
		String body = "{\"jsonrpc\":\"2.0\",\"id\":31,\"method\":\"tools/call\",\"params\":{\"name\":\"progress\","
				+ "\"arguments\":{},\"_meta\":{\"progressToken\":\"p-1\"}}}";
		HttpResponse<InputStream> r = raw.http.send(
				raw.request("POST", HttpRequest.BodyPublishers.ofString(body), headers(session)),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
			String first = nextData(lines);
			long firstAt = System.nanoTime();
			assertThat(first).contains("notifications/progress").contains("p-1");
			String second = nextData(lines);
			long secondAt = System.nanoTime();
			assertThat(second).contains("\"id\":31").contains("done");
			assertThat((secondAt - firstAt) / 1_000_000).as("the notification arrived before the tool finished")
				.isGreaterThan(1000);
		}
	}

	@Test
	void aGetStreamCarriesServerMessagesAndEndsWhenItsClientIsGone() throws Exception {
		// a server of its own: the SDK client of other tests may still hold a stream of the shared one
		try (TestServer own = TestServer.stateful()) {
			String session = new RawMcp(own.baseUrl()).initialize();
			try (Socket socket = RawSocketHttp.getStream(own.port, session)) {
				InputStream in = socket.getInputStream();
				assertThat(RawSocketHttp.readUntil(in, "\r\n\r\n")).startsWith("HTTP/1.1 200").contains("text/event-stream");
				JettyMcpServerLifecycleTest.awaitTrue(() -> own.jetty.guard().openStreams() == 1);

				own.streamable.notifyClient(session, "notifications/tools/list_changed", null).block();
				assertThat(RawSocketHttp.readUntil(in, "list_changed")).contains("event: message\ndata: {")
					.contains("notifications/tools/list_changed");
			}
			// the next message finds the connection gone, and the stream is over
			JettyMcpServerLifecycleTest.awaitTrue(() -> {
				// once the stream has ended the session has none left to send to: the SDK refuses
				own.streamable.notifyClient(session, "notifications/tools/list_changed", null)
					.onErrorComplete()
					.block();
				return own.jetty.guard().openStreams() == 0;
			});
			JettyMcpServerLifecycleTest.awaitTrue(() -> own.jetty.guard().activeRequests() == 0);
		}
	}

	private static String nextData(BufferedReader lines) throws IOException {
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.startsWith("data:")) {
				return line;
			}
		}
		throw new AssertionError("stream ended");
	}

	private static String text(CallToolResult result) {
		return ((TextContent) result.content().get(0)).text();
	}

}
