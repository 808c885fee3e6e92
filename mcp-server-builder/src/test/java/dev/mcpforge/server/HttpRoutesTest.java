package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Extra servlets mounted next to the MCP endpoint with {@link HttpOptions#route}. */
@Timeout(60)
class HttpRoutesTest {

	private final McpServer server = McpServer.builder().name("routes").tool("ping", "Pings", ctx -> "pong").build();

	@AfterEach
	void close() {
		server.close();
	}

	static final class Hello extends HttpServlet {

		@Override
		protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
			resp.setContentType("text/plain");
			resp.getWriter().write("hello from " + req.getServletPath());
		}

	}

	@Test
	void anExtraServletIsServedNextToTheMcpEndpoint() throws Exception {
		HttpServerHandle http = server.serveHttp(o -> o.port(0).route("/hello", new Hello()));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/hello")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("hello from /hello");
	}

	@Test
	void routesMayNotTakeTheMcpEndpointOrHealth() {
		assertThatThrownBy(() -> new HttpOptions().route("/health/x", new Hello()))
			.hasMessageContaining("health");
		assertThatThrownBy(() -> new HttpOptions().route("metrics", new Hello())).hasMessageContaining("start with '/'");
		assertThatThrownBy(() -> server.serveHttp(o -> o.port(0).route("/mcp", new Hello())))
			.hasMessageContaining("collides with the MCP endpoint /mcp");
	}

}
