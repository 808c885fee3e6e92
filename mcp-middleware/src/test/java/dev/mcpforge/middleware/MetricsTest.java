package dev.mcpforge.middleware;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;

import dev.mcpforge.middleware.cache.CacheSettings;
import dev.mcpforge.middleware.metrics.PrometheusScrapeServlet;
import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;

/** The request timer, the sessions gauge, and the Prometheus scrape endpoint served next to /mcp. */
@Timeout(60)
class MetricsTest {

	record Echo(String message) {
	}

	private McpServer server;

	@AfterEach
	void close() {
		server.close();
	}

	private McpServer build(io.micrometer.core.instrument.MeterRegistry meters) {
		server = McpServer.builder()
			.name("metered")
			.tool(ToolSpec.of("echo", Echo.class, (args, ctx) -> args.message()).description("Echoes").readOnly())
			.tool("fail", "Fails", ctx -> {
				throw new dev.mcpforge.core.ToolException("no luck");
			})
			.resource("config://app", "config", "config", (req, ctx) -> "a=1")
			.intercept(Middleware.metrics(meters))
			.build();
		return server;
	}

	@Test
	void everyRequestIsTimedByMethodTargetAndOutcome() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (McpTestClient c = McpTestClient.connect(build(meters))) {
			c.callTool("echo", Map.of("message", "a"));
			c.callTool("echo", Map.of("message", "b"));
			c.callTool("fail");
			c.readResource("config://app");
		}
		assertThat(meters.get("mcp.server.requests")
			.tags("method", "tools/call", "target", "echo", "outcome", "success")
			.timer()
			.count()).isEqualTo(2);
		assertThat(meters.get("mcp.server.requests")
			.tags("method", "tools/call", "target", "fail", "outcome", "tool_error")
			.timer()
			.count()).isEqualTo(1);
		assertThat(meters.get("mcp.server.requests")
			.tags("method", "resources/read", "target", "config://app", "outcome", "success")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void initializeAndListsAreTimedToo() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (McpTestClient c = McpTestClient.connect(build(meters))) {
			c.listTools();
		}
		assertThat(meters.get("mcp.server.requests").tags("method", "initialize", "target", "none").timer().count())
			.isEqualTo(1);
		assertThat(meters.get("mcp.server.requests").tags("method", "tools/list", "target", "tools").timer().count())
			.isEqualTo(1);
	}

	@Test
	void theSessionsGaugeGoesUpOnConnectAndDownOnClose() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		build(meters);
		// docs:sessions
		io.micrometer.core.instrument.Gauge sessions = meters.get("mcp.server.sessions.active").gauge();
		// end:sessions
		assertThat(sessions.value()).isZero();
		McpTestClient first = McpTestClient.connect(server);
		McpTestClient second = McpTestClient.connect(server);
		assertThat(sessions.value()).isEqualTo(2);
		first.close();
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(sessions.value()).isEqualTo(1));
		second.close();
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(sessions.value()).isZero());

		HttpServerHandle http = server.serveHttp(o -> o.port(0));
		try {
			McpTestClient overHttp = McpTestClient
				.builder(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.port()).build())
				.build();
			assertThat(sessions.value()).isEqualTo(1);
			overHttp.close();
			org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(sessions.value()).isZero());
		}
		finally {
			http.close();
		}
	}

	@Test
	void prometheusScrapesTheRegistryAtSlashMetrics() throws Exception {
		// docs:prometheus
		PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		McpServer metered = McpServer.builder()
			.name("metered")
			.tool(ToolSpec.of("echo", Echo.class, (args, ctx) -> args.message()).description("Echoes").readOnly())
			.intercept(Middleware.metrics(prometheus), Middleware.cache(CacheSettings.ofDefaults()).bindTo(prometheus))
			.build();
		HttpServerHandle http = metered.serveHttp(o -> o.port(0).route("/metrics", new PrometheusScrapeServlet(prometheus)));
		// end:prometheus
		server = metered;
		try (McpTestClient c = McpTestClient
			.builder(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.port()).endpoint("/mcp").build())
			.build()) {
			assertThat(c.callTool("echo", Map.of("message", "hi"))).hasText("hi");
			assertThat(c.callTool("echo", Map.of("message", "hi"))).hasText("hi");
		}
		HttpResponse<String> scrape = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/metrics")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
		assertThat(scrape.body())
			.contains("mcp_server_requests_seconds_count{method=\"tools/call\",outcome=\"success\",target=\"echo\"} 1")
			.contains("cache_gets_total{cache=\"mcp.responses\",result=\"hit\"} 1");
		http.close();
	}

}
