package dev.mcpforge.middleware;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;

import dev.mcpforge.middleware.audit.AuditEvent;
import dev.mcpforge.middleware.audit.AuditSink;
import dev.mcpforge.middleware.audit.Redactor;
import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpTestClient;

/** Audit events with secrets redacted, to a pluggable sink and to the log. */
@Timeout(60)
class AuditTest {

	private static final String BEARER = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LWJlYXJlcg.sig-7f3a9c";

	private static final String API_KEY = "sk-live-4b1d2c3e5f";

	private static final String PASSWORD = "hunter2-correct-horse";

	private static final String TOKEN = "tok_9988776655";

	private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

	private McpServer server;

	@AfterEach
	void close() {
		server.close();
	}

	private McpServer build(AuditSink... sinks) {
		server = McpServer.builder()
			.name("audited")
			.tool(dev.mcpforge.server.ToolSpec
				.raw("login", Map.of("type", "object"), (args, ctx) -> "welcome " + args.get("user"))
				.description("Logs in"))
			.tool("fail", "Fails", ctx -> {
				throw new dev.mcpforge.core.ToolException("account locked");
			})
			.intercept(java.util.Arrays.stream(sinks).map(Middleware::audit).toArray(dev.mcpforge.core.interceptor.McpInterceptor[]::new))
			.build();
		return server;
	}

	private static Map<String, Object> secrets() {
		return Map.of("user", "alice", "password", PASSWORD, "apiKey", API_KEY,
				"nested", Map.of("refresh_token", TOKEN, "note", "Bearer " + BEARER));
	}

	@Test
	void aSinkGetsOneEventPerRequestWithSecretsRedacted() {
		// docs:audit
		List<AuditEvent> events = new CopyOnWriteArrayList<>();
		McpServer audited = build(events::add);
		// end:audit
		try (McpTestClient c = McpTestClient.connect(audited)) {
			assertThat(c.callTool("login", secrets())).hasText("welcome alice");
			assertThat(c.callTool("fail")).isToolError();
		}
		assertThat(events).hasSize(3);
		AuditEvent connect = events.get(0);
		assertThat(connect.method()).isEqualTo("initialize");
		assertThat(connect.target()).isEqualTo("mcpforge-test-client");
		assertThat(connect.sessionId()).isNotNull();
		AuditEvent login = events.get(1);
		assertThat(login.method()).isEqualTo("tools/call");
		assertThat(login.target()).isEqualTo("login");
		assertThat(login.principal()).isEqualTo("anonymous");
		assertThat(login.transport()).isEqualTo("in-memory");
		assertThat(login.outcome()).isEqualTo("success");
		assertThat(login.error()).isNull();
		assertThat(login.arguments()).containsEntry("user", "alice")
			.containsEntry("password", Redactor.REDACTED)
			.containsEntry("apiKey", Redactor.REDACTED)
			.containsEntry("nested", Map.of("refresh_token", Redactor.REDACTED, "note", Redactor.REDACTED));
		AuditEvent fail = events.get(2);
		assertThat(fail.outcome()).isEqualTo("tool_error");
		assertThat(fail.error()).isEqualTo("account locked");
	}

	@Test
	void noApiKeyOrBearerTokenReachesTheLogOverHttp() throws Exception {
		PrintStream originalErr = System.err;
		PrintStream originalOut = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
		System.setErr(capture);
		System.setOut(capture);
		try {
			HttpServerHandle http = build(events::add, AuditSink.slf4j()).serveHttp(o -> o.port(0));
			var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.port())
				.endpoint("/mcp")
				.httpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + BEARER)
					.header("X-Api-Key", API_KEY))
				.build();
			try (McpTestClient c = McpTestClient.builder(transport).build()) {
				assertThat(c.callTool("login", secrets())).hasText("welcome alice");
				assertThat(c.callTool("fail")).isToolError();
			}
			http.close();
		}
		finally {
			System.setErr(originalErr);
			System.setOut(originalOut);
		}
		String log = captured.toString(StandardCharsets.UTF_8);

		assertThat(log).contains("mcp.audit", "method=tools/call", "target=login", "outcome=success", "transport=http",
				"\\\"password\\\":\\\"[REDACTED]\\\"", "target=fail", "outcome=tool_error", "error=\"account locked\"");
		assertThat(log).doesNotContain(BEARER, API_KEY, PASSWORD, TOKEN);
		AuditEvent login = events.get(1);
		assertThat(login.headers()).containsEntry("authorization", List.of(Redactor.REDACTED))
			.containsEntry("x-api-key", List.of(Redactor.REDACTED));
		assertThat(login.sessionId()).isNotBlank();
		assertThat(login.toString()).doesNotContain(BEARER, API_KEY, PASSWORD, TOKEN);
	}

}
