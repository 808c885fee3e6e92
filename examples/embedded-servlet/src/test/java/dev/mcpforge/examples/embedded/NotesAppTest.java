package dev.mcpforge.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

class NotesAppTest {

	private NotesApp app;

	private McpSyncClient client;

	@BeforeEach
	void start() throws Exception {
		app = NotesApp.start(0);
		client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + app.port())
			.endpoint("/mcp")
			.build()).build();
		client.initialize();
	}

	@AfterEach
	void stop() throws Exception {
		client.closeGracefully();
		app.close();
	}

	@Test
	void theExistingEndpointAndTheMountedMcpEndpointShareTheApplication() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI notes = URI.create("http://127.0.0.1:" + app.port() + "/notes");
		HttpResponse<String> posted = http.send(HttpRequest.newBuilder(notes)
			.POST(HttpRequest.BodyPublishers.ofString("from REST")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(201);

		var added = client.callTool(McpSchema.CallToolRequest.builder("add_note")
			.arguments(Map.of("text", "from MCP")).build());
		assertThat(((McpSchema.TextContent) added.content().get(0)).text()).isEqualTo("note 2");

		var listed = client.callTool(McpSchema.CallToolRequest.builder("list_notes").build());
		assertThat(listed.structuredContent()).isEqualTo(Map.of("result", List.of("from REST", "from MCP")));

		String viaRest = http.send(HttpRequest.newBuilder(notes).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(viaRest).isEqualTo("from REST\nfrom MCP");
	}

	@Test
	void theMountedEndpointKeepsDnsRebindingProtectionAndCleanErrors() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/mcp"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream")
			.header("Origin", "http://evil.example.com")
			.POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).startsWith("{\"jsonrpc\":\"2.0\"").doesNotContain("stackTrace");
	}

}
