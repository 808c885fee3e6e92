package dev.mcpforge.middleware.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.security.McpPrincipal;
import dev.mcpforge.middleware.policy.AccessRules;
import dev.mcpforge.middleware.policy.Who;
import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;

/**
 * Over real HTTP (stateful and stateless): no credentials or bad ones get 401 with
 * {@code WWW-Authenticate: Bearer} and a JSON-RPC error body on every request, {@code initialize}
 * included; good ones reach the handler as its principal, and the access policy filters the list.
 */
class HttpAuthenticationTest {

	static final String KEY = "http-admin-key-0123456789";

	static final String READER_KEY = "http-reader-key-0123456789";

	static final String INITIALIZE = """
			{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
			"capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	McpServer server;

	HttpServerHandle handle;

	@AfterEach
	void close() {
		if (handle != null) {
			handle.close();
		}
		if (server != null) {
			server.close();
		}
	}

	HttpServerHandle serve(boolean stateless) {
		server = McpServer.builder()
			.name("secured")
			.authenticator(ApiKeyAuthenticator.builder()
				.key(KEY, McpPrincipal.of("ops").withRoles("admin"))
				.key(READER_KEY, McpPrincipal.of("dashboard"))
				.build())
			.accessPolicy(AccessRules.builder().denyDestructiveUnless(Who.role("admin")).defaultAllow())
			.tool(ToolSpec.of("whoami", ctx -> ctx.principal().map(p -> p.toString()).orElse("anonymous"))
				.description("Who is calling")
				.readOnly())
			.tool(ToolSpec.of("purge", ctx -> "purged").description("Purges everything").destructive())
			.build();
		handle = server.serveHttp(o -> o.port(0).stateless(stateless));
		return handle;
	}

	HttpResponse<String> post(String body, String headerName, String headerValue) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(handle.endpoint())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headerName != null) {
			request.header(headerName, headerValue);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest(name = "stateless={0}")
	@ValueSource(booleans = { false, true })
	void initializeWithoutCredentialsIs401WithBearerChallengeAndJsonRpcBody(boolean stateless) throws Exception {
		serve(stateless);
		HttpResponse<String> response = post(INITIALIZE, null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("jsonrpc").asText()).isEqualTo("2.0");
		assertThat(body.get("error").get("code").asInt()).isEqualTo(-32000);
		assertThat(body.get("error").get("message").asText()).isEqualTo("Unauthorized: authentication required");
	}

	@ParameterizedTest(name = "stateless={0}")
	@ValueSource(booleans = { false, true })
	void aWrongKeyIs401AndNotEchoed(boolean stateless) throws Exception {
		serve(stateless);
		for (String[] header : new String[][] { { "X-API-Key", "wrong-key-0123456789abc" },
				{ "Authorization", "Bearer wrong-key-0123456789abc" } }) {
			HttpResponse<String> response = post(INITIALIZE, header[0], header[1]);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
			assertThat(response.body()).contains("Unauthorized: invalid API key").doesNotContain("wrong-key");
		}
	}

	@ParameterizedTest(name = "stateless={0}")
	@ValueSource(booleans = { false, true })
	void aGoodKeyReachesTheHandlerAndThePolicyFiltersTheList(boolean stateless) throws Exception {
		serve(stateless);
		assertThat(post(INITIALIZE, "X-API-Key", KEY).statusCode()).isEqualTo(200);

		try (McpTestClient admin = McpTestClient.builder(transport("X-API-Key", KEY)).loggingLevel(null).build()) {
			assertThat(admin.callTool("whoami").content().get(0)).isEqualTo(
					new McpSchema.TextContent("McpPrincipal[ops, roles=[admin], scopes=[]]"));
			assertThat(admin.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("whoami", "purge");
		}
		try (McpTestClient reader = McpTestClient.builder(transport("Authorization", "Bearer " + READER_KEY)).loggingLevel(null).build()) {
			assertThat(reader.callTool("whoami").content().get(0))
				.isEqualTo(new McpSchema.TextContent("McpPrincipal[dashboard, roles=[], scopes=[]]"));
			assertThat(reader.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("whoami");
			assertThatThrownBy(() -> reader.callTool("purge"))
				.isInstanceOf(io.modelcontextprotocol.spec.McpError.class)
				.hasMessageContaining("Unknown tool");
		}
	}

	@ParameterizedTest(name = "stateless={0}")
	@ValueSource(booleans = { false, true })
	void anSdkClientWithoutCredentialsCannotConnect(boolean stateless) {
		serve(stateless);
		assertThatThrownBy(() -> McpTestClient.builder(HttpClientStreamableHttpTransport
			.builder("http://127.0.0.1:" + handle.port())
			.endpoint("/mcp")
			.build()).requestTimeout(java.time.Duration.ofSeconds(5)).build()).isInstanceOf(RuntimeException.class);
	}

	@org.junit.jupiter.api.Test
	void aSessionBelongsToTheCallerWhoOpenedIt() throws Exception {
		serve(false);
		HttpResponse<String> init = post(INITIALIZE, "X-API-Key", KEY);
		String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
		String list = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

		HttpResponse<String> hijack = http.send(request(list, session).header("X-API-Key", READER_KEY).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(hijack.statusCode()).isEqualTo(404);
		assertThat(json.readTree(hijack.body()).at("/error/code").asInt()).isEqualTo(-32001);
		HttpResponse<String> stream = http.send(HttpRequest.newBuilder(handle.endpoint())
			.header("Accept", "text/event-stream")
			.header("Mcp-Session-Id", session)
			.header("X-API-Key", READER_KEY)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stream.statusCode()).isEqualTo(404);

		HttpResponse<String> owner = http.send(request(list, session).header("X-API-Key", KEY).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(owner.statusCode()).isEqualTo(200);
		assertThat(owner.body()).contains("whoami");
	}

	HttpRequest.Builder request(String body, String session) {
		return HttpRequest.newBuilder(handle.endpoint())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream")
			.header("Mcp-Session-Id", session)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	HttpClientStreamableHttpTransport transport(String name, String value) {
		return HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + handle.port())
			.endpoint("/mcp")
			.httpRequestCustomizer((builder, method, uri, body, context) -> builder.header(name, value))
			.build();
	}

}
