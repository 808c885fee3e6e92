package dev.mcpforge.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.testing.examples.OrderStatusAdapter;

/**
 * WireMock (standalone edition: its Jetty 11 and servlet API are relocated under
 * {@code wiremock.*}) and Jetty 12 ee10 (what mcpforge serves HTTP on) run side by side in one
 * JVM; and the test client works over streamable HTTP as well as in memory. The MCP endpoint is
 * the SDK's servlet on plain Jetty 12, so this holds whatever mcpforge's own HTTP serving does.
 */
class FakeUpstreamJettyCoexistenceTest {

	@Test
	void wireMockAndJetty12ServeSideBySide() throws Exception {
		try (FakeUpstream orders = FakeUpstream.create().start()) {
			orders.stubFor(get("/orders/42").willReturn(okJson("{\"status\":\"shipped\"}")));
			OrderStatusAdapter adapter = new OrderStatusAdapter(orders.baseUrl());

			HttpServletStreamableServerTransportProvider servlet = HttpServletStreamableServerTransportProvider.builder()
				.mcpEndpoint("/mcp")
				.build();
			McpSyncServer mcp = io.modelcontextprotocol.server.McpServer.sync(servlet)
				.serverInfo("orders-over-http", "1.0.0")
				.tools(McpServerFeatures.SyncToolSpecification.builder()
					.tool(McpSchema.Tool.builder("order_status", Map.of("type", "object")).description("Order status").build())
					.callHandler((exchange, request) -> {
						try {
							return McpSchema.CallToolResult.builder()
								.addTextContent(adapter.status(new OrderStatusAdapter.OrderArgs("42")))
								.build();
						}
						catch (Exception e) {
							throw new IllegalStateException(e);
						}
					})
					.build())
				.build();
			Server jetty = new Server();
			ServerConnector connector = new ServerConnector(jetty);
			connector.setHost("127.0.0.1");
			connector.setPort(0);
			jetty.addConnector(connector);
			ServletContextHandler context = new ServletContextHandler("/");
			ServletHolder holder = new ServletHolder("mcp", servlet);
			holder.setAsyncSupported(true);
			context.addServlet(holder, "/mcp");
			jetty.setHandler(context);
			jetty.start();
			try {
				var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + connector.getLocalPort())
					.endpoint("/mcp")
					.build();
				try (McpTestClient client = McpTestClient.builder(transport).loggingLevel(null).build()) {
					assertThat(client.serverInfo().name()).isEqualTo("orders-over-http");
					assertThat(client.callTool("order_status")).isSuccess().textContains("shipped");
				}
			}
			finally {
				mcp.closeGracefully();
				jetty.stop();
			}
			assertThat(orders.requests()).extracting(RecordedRequest::toString).containsExactly("GET /orders/42");
		}
	}

	@Test
	void notStartedSaysHowToStart() {
		assertThatThrownBy(() -> FakeUpstream.create().baseUrl())
			.hasMessage("FakeUpstream is not running: register it with @RegisterExtension, or call start() first");
	}

}
