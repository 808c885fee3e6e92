package dev.mcpforge.middleware.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.core.security.McpPrincipal;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ServerHandle;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;

/** API keys and bearer tokens in memory and over stdio: who calls reaches the handler, nobody else gets in. */
class ApiKeyAuthenticationTest {

	static final String KEY = "k-0123456789abcdef-ops";

	static final ApiKeyAuthenticator KEYS = ApiKeyAuthenticator.builder()
		.key(KEY, McpPrincipal.of("ops").withRoles("admin"))
		.key("k-0123456789abcdef-bot", McpPrincipal.of("bot"))
		.environmentVariable("MCP_API_KEY")
		.environment(name -> null)
		.build();

	static McpServer server(Authenticator authenticator, boolean anonymous) {
		var builder = McpServer.builder()
			.name("keys")
			.authenticator(authenticator)
			.tool(ToolSpec.of("whoami", ctx -> ctx.principal().map(p -> p.getName()).orElse("anonymous"))
				.description("Who is calling")
				.readOnly());
		if (anonymous) {
			builder.allowAnonymous();
		}
		return builder.build();
	}

	static String whoami(McpTestClient client) {
		return ((McpSchema.TextContent) client.callTool("whoami").content().get(0)).text();
	}

	@Test
	void theKeysPrincipalReachesTheHandlerFromEitherHeader() {
		try (McpServer server = server(KEYS, false)) {
			try (McpTestClient client = McpTestClient.builder(server).header("X-API-Key", KEY).build()) {
				assertThat(whoami(client)).isEqualTo("ops");
			}
			try (McpTestClient client = McpTestClient.builder(server).bearerToken("k-0123456789abcdef-bot").build()) {
				assertThat(whoami(client)).isEqualTo("bot");
			}
		}
	}

	@Test
	void noKeyOrAWrongKeyCannotEvenInitialize() {
		try (McpServer server = server(KEYS, false)) {
			McpError none = Refusals.refusal(() -> McpTestClient.connect(server));
			assertThat(none.getJsonRpcError().code()).isEqualTo(-32000);
			assertThat(none.getMessage()).isEqualTo("Unauthorized: authentication required");
			McpError wrong = Refusals.refusal(() -> McpTestClient.builder(server).header("X-API-Key", "k-0123456789abcdef-opz").build());
			assertThat(wrong.getMessage()).isEqualTo("Unauthorized: invalid API key");
		}
	}

	@Test
	void allowAnonymousLetsCallersWithoutKeysInButNotWithWrongOnes() {
		try (McpServer server = server(KEYS, true)) {
			try (McpTestClient client = McpTestClient.connect(server)) {
				assertThat(whoami(client)).isEqualTo("anonymous");
			}
			assertThat(Refusals.refusal(() -> McpTestClient.builder(server).header("X-API-Key", "nope-nope-nope-nope").build())
				.getMessage()).isEqualTo("Unauthorized: invalid API key");
		}
	}

	@Test
	void aBearerAuthenticatorUsesItsVerifierAndFailsClosed() {
		BearerAuthenticator bearer = new BearerAuthenticator(token -> switch (token) {
			case "good-token" -> McpPrincipal.of("alice").withScopes("orders:read");
			case "explodes" -> throw new IllegalStateException("introspection endpoint down for explodes");
			default -> throw new AuthenticationException("token not active");
		}, "bearer(introspection)");
		try (McpServer server = server(bearer, false)) {
			try (McpTestClient client = McpTestClient.builder(server).bearerToken("good-token").build()) {
				assertThat(whoami(client)).isEqualTo("alice");
			}
			assertThat(Refusals.refusal(() -> McpTestClient.builder(server).bearerToken("stale").build()).getMessage())
				.isEqualTo("Unauthorized: token not active");
			assertThat(Refusals.refusal(() -> McpTestClient.builder(server).bearerToken("explodes").build()).getMessage())
				.isEqualTo("Unauthorized: invalid bearer token");
			assertThat(server.interceptors().toString()).startsWith("SECURITY authentication[bearer(introspection), required]");
		}
	}

	@Test
	void anAuthenticatorThatThrowsRefusesTheCaller() {
		Authenticator broken = credentials -> {
			throw new IllegalStateException("boom");
		};
		try (McpServer server = server(broken, true)) {
			assertThat(Refusals.refusal(() -> McpTestClient.connect(server)).getMessage())
				.isEqualTo("Unauthorized: invalid credentials");
		}
	}

	@Test
	void firstOfTriesEachAuthenticator() {
		Authenticator both = Authenticator.firstOf(KEYS,
				new BearerAuthenticator(t -> McpPrincipal.of("token-user"), "bearer(any)"));
		assertThat(both.authenticate(new Credentials("http", Map.of("x-api-key", List.of(KEY)))))
			.map(McpPrincipal::name)
			.hasValue("ops");
		assertThat(both.authenticate(Credentials.none("http"))).isEmpty();
		assertThat(both.describe()).isEqualTo(
				"firstOf(api-keys(2 keys from X-API-Key, Authorization: Bearer, $MCP_API_KEY (stdio)) | bearer(any))");
	}

	@Test
	void keysAreNeverPrintedAndShortKeysAreRefused() {
		assertThat(KEYS.toString()).doesNotContain(KEY);
		assertThat(McpPrincipal.of("ops").withAttribute("token", KEY).toString()).doesNotContain(KEY);
		assertThat(new Credentials("http", Map.of("X-API-Key", List.of(KEY))).toString())
			.isEqualTo("Credentials[http, headers=[x-api-key]]");
		assertThatThrownBy(() -> ApiKeyAuthenticator.builder().key("short", McpPrincipal.of("x")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("short,");
	}

	@Test
	void stdioTakesTheKeyFromTheEnvironmentOrRefusesToStart() throws Exception {
		ApiKeyAuthenticator withEnv = ApiKeyAuthenticator.builder()
			.key(KEY, McpPrincipal.of("ops"))
			.environmentVariable("MCP_API_KEY")
			.environment(name -> name.equals("MCP_API_KEY") ? KEY : null)
			.build();
		try (McpServer unauthenticated = server(KEYS, false)) {
			assertThatThrownBy(() -> unauthenticated.serveStdio(new PipedInputStream(), OutputStream.nullOutputStream()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("stdio client not authenticated: authentication required");
		}
		try (McpServer server = server(withEnv, false)) {
			ObjectMapper json = new ObjectMapper();
			PipedOutputStream toServer = new PipedOutputStream();
			PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
			PipedInputStream fromServer = new PipedInputStream(1 << 16);
			ServerHandle stdio = server.serveStdio(serverIn, new PipedOutputStream(fromServer));
			BufferedReader replies = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));
			send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
					+ "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}");
			assertThat(json.readTree(replies.readLine()).has("result")).isTrue();
			send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
			send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"whoami\"}}");
			JsonNode answer = json.readTree(replies.readLine());
			assertThat(answer.at("/result/content/0/text").asText()).isEqualTo("ops");
			toServer.close();
			stdio.close();
		}
	}

	static void send(OutputStream out, String line) throws Exception {
		out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

}
