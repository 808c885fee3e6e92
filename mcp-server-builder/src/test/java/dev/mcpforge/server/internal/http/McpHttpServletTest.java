package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** An existing servlet application mounts mcpforge's endpoint (one servlet) into its own context. */
class McpHttpServletTest {

	@Test
	void mountsIntoAnExistingContextUnderAContextPath() throws Exception {
		HttpServingOptions options = HttpServingOptions.builder().endpoint("/api/mcp").build();
		StreamableEndpoint endpoint = new StreamableEndpoint();
		McpSyncServer mcp = McpServer.sync(endpoint)
			.serverInfo("t", "1")
			.tools(McpServerFeatures.SyncToolSpecification.builder()
				.tool(McpSchema.Tool.builder("echo", TestServer.TEXT_SCHEMA).description("Echoes").build())
				.callHandler((ex, req) -> CallToolResult.builder().addTextContent("echo: " + req.arguments().get("text")).build())
				.build())
			.build();

		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		jetty.addConnector(connector);
		ServletContextHandler app = new ServletContextHandler("/app");
		app.addServlet(new ServletHolder(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
				resp.setContentType("text/plain");
				resp.getWriter().write("hello");
			}
		}), "/hello");
		McpHttpServlet servlet = new McpHttpServlet(endpoint, options, () -> {
		});
		ServletHolder holder = new ServletHolder(servlet);
		holder.setAsyncSupported(true);
		app.addServlet(holder, "/api/mcp");
		jetty.setHandler(app);
		jetty.start();
		try {
			int port = connector.getLocalPort();
			String base = "http://127.0.0.1:" + port;
			McpSyncClient client = McpClient.sync(
					HttpClientStreamableHttpTransport.builder(base).endpoint("/app/api/mcp").build()).build();
			try {
				client.initialize();
				CallToolResult result = client.callTool(CallToolRequest.builder("echo").arguments(Map.of("text", "m")).build());
				assertThat(((McpSchema.TextContent) result.content().get(0)).text()).isEqualTo("echo: m");
			}
			finally {
				client.closeGracefully();
			}

			RawMcp raw = new RawMcp(base + "/app/api");
			RawMcp.assertErrorEnvelope(raw.post("{", RawMcp.headers(null)), 400, JsonRpcErrors.PARSE_ERROR);
			HttpResponse<String> hello = raw.http.send(HttpRequest.newBuilder(URI.create(base + "/app/hello")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(hello.body()).isEqualTo("hello");
			assertThat(servlet.guard().options().endpoint()).isEqualTo("/api/mcp");
		}
		finally {
			jetty.stop();
			mcp.closeGracefully();
		}
	}

	/** An endpoint that throws with internals in the message. */
	private static final McpEndpoint FAILING = new McpEndpoint() {
		@Override
		public String transportName() {
			return "http";
		}

		@Override
		public void post(HttpExchange exchange, McpSchema.JSONRPCMessage message) {
			throw new IllegalStateException("secret at dev.mcpforge.Internal.method(Internal.java:42)");
		}

		@Override
		public void other(HttpExchange exchange, Runnable streamOpened) {
			throw new IllegalStateException("secret");
		}

		@Override
		public reactor.core.publisher.Mono<Void> closeGracefully() {
			return reactor.core.publisher.Mono.empty();
		}
	};

	@Test
	void anEndpointThatThrowsGivesABare500Envelope() throws Exception {
		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		jetty.addConnector(connector);
		ServletContextHandler app = new ServletContextHandler("/");
		app.addServlet(new ServletHolder(new McpHttpServlet(FAILING, HttpServingOptions.defaults(), () -> {
		})), "/mcp");
		jetty.setHandler(app);
		jetty.start();
		try {
			assertBare500s(new RawMcp("http://127.0.0.1:" + connector.getLocalPort()));
		}
		finally {
			jetty.stop();
		}
	}

	@Test
	void anEndpointThatThrowsGivesABare500EnvelopeFromTheEmbeddedServerToo() throws Exception {
		JettyMcpServer jetty = JettyMcpServer.builder().transport(FAILING).servletLayer(TestServer.SERVLET_LAYER).build();
		try {
			assertBare500s(new RawMcp("http://127.0.0.1:" + jetty.start()));
			// counted out once the answer is written, which the client may see a moment before
			JettyMcpServerLifecycleTest.awaitTrue(() -> jetty.guard().activeRequests() == 0);
		}
		finally {
			jetty.stop();
		}
	}

	/** A POST and a DELETE to {@link #FAILING}: 500 envelopes with the request's id and no internals. */
	private static void assertBare500s(RawMcp raw) throws Exception {
		HttpResponse<String> post = raw.post(RawMcp.callBody(9, "echo", "{}"), RawMcp.headers("s"));
		RawMcp.assertErrorEnvelope(post, 500, JsonRpcErrors.INTERNAL_ERROR);
		RawMcp.assertNoLeak(post.body());
		assertThat(RawMcp.JSON.readTree(post.body()).get("id").asInt()).isEqualTo(9);
		HttpResponse<String> delete = raw.send("DELETE", HttpRequest.BodyPublishers.noBody(), RawMcp.headers("s"));
		RawMcp.assertErrorEnvelope(delete, 500, JsonRpcErrors.INTERNAL_ERROR);
		RawMcp.assertNoLeak(delete.body());
	}

}
