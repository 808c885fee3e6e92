package dev.mcpforge.middleware.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;


import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.McpPrincipal;
import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;

/**
 * Captures everything logged (slf4j-simple writes to System.err; mcpforge loggers at debug, see
 * simplelogger.properties) while good and bad API keys and JWTs are presented over HTTP and in
 * memory, and finds none of them in it.
 */
class CredentialsNeverLoggedTest {

	static final String GOOD_KEY = "good-key-7f3a9c1e5b2d4f60";

	static final String BAD_KEY = "bad-key-9e8d7c6b5a493827";

	@Test
	void noKeyOrTokenAppearsInAnyLogLine() throws Exception {
		String goodJwt = JwtAuthenticatorTest.hs256(JwtAuthenticatorTest.claims().build());
		String expiredJwt = JwtAuthenticatorTest.hs256(JwtAuthenticatorTest.claims()
			.expirationTime(Date.from(Instant.now().minusSeconds(3600)))
			.build());
		String forgedJwt = goodJwt.substring(0, goodJwt.lastIndexOf('.') + 1) + "AAAA" + goodJwt.substring(goodJwt.lastIndexOf('.') + 5);
		List<String> secrets = List.of(GOOD_KEY, BAD_KEY, goodJwt, expiredJwt, forgedJwt,
				goodJwt.substring(goodJwt.lastIndexOf('.') + 1));

		Authenticator authenticator = Authenticator.firstOf(
				ApiKeyAuthenticator.builder().key(GOOD_KEY, McpPrincipal.of("ops")).acceptBearer(false).build(),
				JwtAuthenticatorTest.hsAuthenticator());

		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.err;
		System.setErr(new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8));
		List<Integer> statuses = new ArrayList<>();
		try (McpServer server = McpServer.builder()
			.name("quiet")
			.authenticator(authenticator)
			.tool(ToolSpec.of("whoami", ctx -> ctx.principal().orElseThrow().getName()).description("Who").readOnly())
			.build()) {
			// in memory
			for (String[] header : headers(secrets)) {
				catchThrowable(() -> {
					try (McpTestClient client = McpTestClient.builder(server).header(header[0], header[1]).build()) {
						client.callTool("whoami");
					}
				});
			}
			// over HTTP
			HttpServerHandle http = server.serveHttp(o -> o.port(0));
			HttpClient client = HttpClient.newHttpClient();
			for (String[] header : headers(secrets)) {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(http.endpoint())
					.header("Content-Type", "application/json")
					.header("Accept", "application/json, text/event-stream")
					.header(header[0], header[1])
					.POST(HttpRequest.BodyPublishers.ofString(HttpAuthenticationTest.INITIALIZE))
					.build(), HttpResponse.BodyHandlers.ofString());
				statuses.add(response.statusCode());
				for (String secret : secrets) {
					assertThat(response.body()).doesNotContain(secret);
				}
			}
			http.close();
		}
		finally {
			System.err.flush();
			System.setErr(original);
		}
		String log = captured.toString(StandardCharsets.UTF_8);
		assertThat(statuses).contains(200, 401);
		assertThat(log).as("the capture works").contains("Refused");
		for (String secret : secrets) {
			assertThat(log).doesNotContain(secret);
		}
	}

	static List<String[]> headers(List<String> secrets) {
		List<String[]> all = new ArrayList<>();
		for (String secret : secrets) {
			all.add(new String[] { "X-API-Key", secret });
			all.add(new String[] { "Authorization", "Bearer " + secret });
		}
		return all;
	}

	static final class TeeStream extends java.io.OutputStream {

		private final java.io.OutputStream a;

		private final java.io.OutputStream b;

		TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
			this.a = a;
			this.b = b;
		}

		@Override
		public synchronized void write(int value) throws java.io.IOException {
			a.write(value);
			b.write(value);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
			a.write(bytes, offset, length);
			b.write(bytes, offset, length);
		}

		@Override
		public void flush() throws java.io.IOException {
			a.flush();
			b.flush();
		}

	}

}
