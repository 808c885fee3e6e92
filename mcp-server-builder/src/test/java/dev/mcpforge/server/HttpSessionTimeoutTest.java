package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link HttpOptions#sessionIdleTimeout}: sessions nobody uses are closed. */
@Timeout(60)
class HttpSessionTimeoutTest {

	private final McpServer server = McpServer.builder().name("sessions").tool("ping", "Pings", ctx -> "pong").build();

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void close() {
		server.close();
	}

	@Test
	void anIdleSessionEndsAndItsClientGets404() throws Exception {
		HttpServerHandle handle = server.serveHttp(o -> o.port(0).sessionIdleTimeout(Duration.ofMillis(200)));
		HttpResponse<String> init = post(handle, null,
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
						+ "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
		String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
		String ping = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
		assertThat(post(handle, session, ping).statusCode()).isEqualTo(200);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		int status;
		do {
			Thread.sleep(500);
			status = post(handle, session, ping).statusCode();
		}
		while (status == 200 && System.nanoTime() < deadline);
		assertThat(status).isEqualTo(404);
	}

	@Test
	void theTimeoutMustBePositive() {
		assertThatThrownBy(() -> new HttpOptions().sessionIdleTimeout(Duration.ZERO))
			.hasMessageContaining("sessionIdleTimeout must be positive");
	}

	private HttpResponse<String> post(HttpServerHandle handle, String session, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(handle.endpoint())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Mcp-Session-Id", session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
