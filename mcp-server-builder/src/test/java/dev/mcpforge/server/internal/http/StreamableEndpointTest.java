package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import org.junit.jupiter.api.Test;

/** Session bookkeeping of mcpforge's stateful transport. */
class StreamableEndpointTest {

	@Test
	void aSessionNobodyUsesIsClosedAndAnsweredWith404() throws Exception {
		StreamableEndpoint endpoint = new StreamableEndpoint(McpJsonDefaults.getMapper(), Duration.ofMillis(300));
		McpSyncServer mcp = McpServer.sync(endpoint).serverInfo("t", "1").build();
		JettyMcpServer jetty = JettyMcpServer.builder().transport(endpoint).build();
		int port = jetty.start();
		try {
			RawMcp raw = new RawMcp("http://127.0.0.1:" + port);
			String idle = raw.initialize();
			String busy = raw.initialize();
			assertThat(endpoint.sessionCount()).isEqualTo(2);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (endpoint.sessionCount() > 1 && System.nanoTime() < deadline) {
				// keeps one session in use while the other one idles
				assertThat(raw.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", RawMcp.headers(busy)).statusCode())
					.isEqualTo(200);
				Thread.sleep(50);
			}
			assertThat(endpoint.sessionCount()).isEqualTo(1);
			HttpResponse<String> gone = raw.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}",
					RawMcp.headers(idle));
			RawMcp.assertErrorEnvelope(gone, 404, JsonRpcErrors.SESSION_NOT_FOUND);
			assertThat(raw.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}", RawMcp.headers(busy)).statusCode())
				.isEqualTo(200);
		}
		finally {
			jetty.stop();
			mcp.close();
		}
	}

	@Test
	void anIdleSessionKeepsItsStreamWhileItsClientIsThereAndClosesOnceItIsGone() throws Exception {
		StreamableEndpoint endpoint = new StreamableEndpoint(McpJsonDefaults.getMapper(), Duration.ofMillis(300));
		McpSyncServer mcp = McpServer.sync(endpoint).serverInfo("t", "1").build();
		JettyMcpServer jetty = JettyMcpServer.builder().transport(endpoint).servletLayer(TestServer.SERVLET_LAYER).build();
		int port = jetty.start();
		try {
			RawMcp raw = new RawMcp("http://127.0.0.1:" + port);
			String stays = raw.initialize();
			String goes = raw.initialize();
			try (Socket staying = openStream(port, stays)) {
				Socket going = openStream(port, goes);
				JettyMcpServerLifecycleTest.awaitTrue(() -> jetty.guard().openStreams() == 2);
				going.close();
				JettyMcpServerLifecycleTest.awaitTrue(() -> endpoint.sessionCount() == 1);
				// the session left is the one whose client is still reading: it got the probes
				assertThat(RawSocketHttp.readUntil(staying.getInputStream(), ": ping\n\n")).endsWith(": ping\n\n");
				assertThat(raw.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", RawMcp.headers(stays))
					.statusCode()).isEqualTo(200);
				RawMcp.assertErrorEnvelope(raw.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}",
						RawMcp.headers(goes)), 404, JsonRpcErrors.SESSION_NOT_FOUND);
			}
		}
		finally {
			jetty.stop();
			mcp.close();
		}
	}

	/** A GET stream of the session on a socket of its own, its response headers read. */
	private static Socket openStream(int port, String session) throws IOException {
		Socket socket = RawSocketHttp.getStream(port, session);
		assertThat(RawSocketHttp.readUntil(socket.getInputStream(), "\r\n\r\n")).startsWith("HTTP/1.1 200");
		return socket;
	}

	@Test
	void closingEndsEverySessionAndRefusesNewOnes() throws Exception {
		StreamableEndpoint endpoint = new StreamableEndpoint();
		McpSyncServer mcp = McpServer.sync(endpoint).serverInfo("t", "1").build();
		JettyMcpServer jetty = JettyMcpServer.builder().transport(endpoint).build();
		int port = jetty.start();
		try {
			RawMcp raw = new RawMcp("http://127.0.0.1:" + port);
			String session = raw.initialize();
			endpoint.closeGracefully().block(Duration.ofSeconds(5));
			assertThat(endpoint.sessionCount()).isZero();
			RawMcp.assertErrorEnvelope(raw.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
					RawMcp.headers(session)), 503, JsonRpcErrors.SERVER_ERROR);
		}
		finally {
			jetty.stop();
			mcp.close();
		}
	}

}
