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
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
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

/** An existing servlet application mounts mcpforge's endpoint into its own context. */
class McpServletMountTest {

	@Test
	void mountsIntoAnExistingContextUnderAContextPath() throws Exception {
		HttpServingOptions options = HttpServingOptions.builder().endpoint("/api/mcp").build();
		HttpServletStreamableServerTransportProvider provider = HttpTransports.streamable(options).build();
		McpSyncServer mcp = McpServer.sync(provider)
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
		JsonRpcErrorFilter filter = McpServletMount.mount(app, provider, options);
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
			assertThat(filter.options().endpoint()).isEqualTo("/api/mcp");
		}
		finally {
			jetty.stop();
			mcp.closeGracefully();
		}
	}

	@Test
	void newContextServesTheEndpointAndJsonErrors() throws Exception {
		HttpServletStreamableServerTransportProvider provider = HttpTransports.streamable(HttpServingOptions.defaults())
			.build();
		McpSyncServer mcp = McpServer.sync(provider).serverInfo("t", "1").build();
		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		jetty.addConnector(connector);
		jetty.setHandler(McpServletMount.newContext("/", provider, HttpServingOptions.defaults()));
		jetty.start();
		try {
			RawMcp raw = new RawMcp("http://127.0.0.1:" + connector.getLocalPort());
			String session = raw.initialize();
			assertThat(session).isNotBlank();
			RawMcp.assertErrorEnvelope(raw.post("[]", RawMcp.headers(session)), 400, JsonRpcErrors.INVALID_REQUEST);
			HttpResponse<String> missing = raw.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/x")).build(),
					HttpResponse.BodyHandlers.ofString());
			RawMcp.assertErrorEnvelope(missing, 404, JsonRpcErrors.SERVER_ERROR);
		}
		finally {
			jetty.stop();
			mcp.closeGracefully();
		}
	}

}
