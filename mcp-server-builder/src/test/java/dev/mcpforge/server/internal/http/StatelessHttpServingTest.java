package dev.mcpforge.server.internal.http;

import static dev.mcpforge.server.internal.http.RawMcp.assertErrorEnvelope;
import static dev.mcpforge.server.internal.http.RawMcp.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SDK's stateless server behind the filter. */
class StatelessHttpServingTest {

	static TestServer server;

	static RawMcp raw;

	@BeforeAll
	static void start() throws Exception {
		server = TestServer.stateless();
		raw = new RawMcp(server.baseUrl());
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void sdkClientInitializesListsAndCalls() {
		McpSyncClient client = server.client();
		try {
			client.initialize();
			assertThat(client.listTools().tools()).extracting(t -> t.name()).contains("echo", "whoami");
			var result = client.callTool(CallToolRequest.builder("echo").arguments(Map.of("text", "sl")).build());
			assertThat(((TextContent) result.content().get(0)).text()).isEqualTo("echo: sl");
			var who = client.callTool(CallToolRequest.builder("whoami").arguments(Map.of()).build());
			assertThat(((TextContent) who.content().get(0)).text()).startsWith("transport=http-stateless remote=127.0.0.1")
				.endsWith("signal=live");
		}
		finally {
			client.closeGracefully();
		}
	}

	@Test
	void badInputGetsEnvelopes() throws Exception {
		assertErrorEnvelope(raw.post("{", headers(null)), 400, JsonRpcErrors.PARSE_ERROR);
		assertErrorEnvelope(raw.post("[1]", headers(null)), 400, JsonRpcErrors.INVALID_REQUEST);
		assertErrorEnvelope(raw.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}", headers(null)), 400,
				JsonRpcErrors.INVALID_REQUEST);
		Map<String, String> noAccept = headers(null);
		noAccept.remove("Accept");
		assertErrorEnvelope(raw.post(RawMcp.callBody(1, "echo", "{\"text\":\"x\"}"), noAccept), 400,
				JsonRpcErrors.SERVER_ERROR);
		// stateless has no GET stream and no sessions to delete
		assertErrorEnvelope(raw.send("GET", BodyPublishers.noBody(), Map.of("Accept", "text/event-stream")), 405,
				JsonRpcErrors.SERVER_ERROR);
		assertErrorEnvelope(raw.send("DELETE", BodyPublishers.noBody(), headers("x")), 405,
				JsonRpcErrors.SERVER_ERROR);
		assertErrorEnvelope(raw.send("PUT", BodyPublishers.ofString("{}"), headers(null)), 405,
				JsonRpcErrors.SERVER_ERROR);

		HttpResponse<String> ok = raw.post(RawMcp.callBody(5, "echo", "{\"text\":\"still\"}"), headers(null));
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(RawMcp.message(ok).at("/result/content/0/text").asText()).isEqualTo("echo: still");
	}

	@Test
	void toolExceptionDoesNotLeakAStackTrace() throws Exception {
		HttpResponse<String> r = raw.post(RawMcp.callBody(6, "boom", "{}"), headers(null));
		assertThat(r.body()).doesNotContain("stackTrace", "\tat ", "RuntimeException", "java.",
				"io.modelcontextprotocol");
		assertThat(r.statusCode()).isLessThan(600);
	}

}
