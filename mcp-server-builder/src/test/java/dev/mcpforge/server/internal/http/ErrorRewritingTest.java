package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filter's response rewriting, with servlets that misbehave in ways the SDK might. */
class ErrorRewritingTest {

	Server jetty;

	@AfterEach
	void stop() throws Exception {
		jetty.stop();
	}

	@Test
	void thrownExceptionBecomesA500Envelope() throws Exception {
		RawMcp raw = serve(new HttpServlet() {
			@Override
			protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
				throw new IllegalStateException("secret internals in java.lang land");
			}
		});
		HttpResponse<String> r = raw.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}", RawMcp.headers(null));
		JsonNode envelope = RawMcp.assertErrorEnvelope(r, 500, JsonRpcErrors.INTERNAL_ERROR);
		assertThat(envelope.get("id").asInt()).isEqualTo(3);
		assertThat(envelope.at("/error/message").asText()).isEqualTo("Internal error");
	}

	@Test
	void sendErrorWithLeakyMessageIsSanitised() throws Exception {
		RawMcp raw = serve(new HttpServlet() {
			@Override
			protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
				resp.sendError(400, "java.lang.NullPointerException: at io.modelcontextprotocol.Foo.bar(Foo.java:1)");
			}
		});
		HttpResponse<String> r = raw.post("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"ping\"}", RawMcp.headers(null));
		JsonNode envelope = RawMcp.assertErrorEnvelope(r, 400, JsonRpcErrors.SERVER_ERROR);
		assertThat(envelope.get("id").asText()).isEqualTo("x");
		assertThat(envelope.at("/error/message").asText()).isEqualTo("Bad Request");
	}

	@Test
	void mcpErrorBodyWithStackTraceIsReplaced() throws Exception {
		RawMcp raw = serve(new HttpServlet() {
			@Override
			protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
				// what the SDK's responseError writes: the whole McpError exception
				resp.setContentType("application/json");
				resp.setStatus(400);
				resp.getWriter().write("{\"jsonRpcError\":{\"code\":-32600,\"message\":\"Invalid message format\"},"
						+ "\"stackTrace\":[{\"className\":\"io.modelcontextprotocol.X\",\"lineNumber\":1}],"
						+ "\"message\":\"Invalid message format\",\"localizedMessage\":\"Invalid message format\"}");
				resp.getWriter().flush();
			}
		});
		HttpResponse<String> r = raw.post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}", RawMcp.headers(null));
		JsonNode envelope = RawMcp.assertErrorEnvelope(r, 400, JsonRpcErrors.INVALID_REQUEST);
		assertThat(envelope.at("/error/message").asText()).isEqualTo("Invalid message format");
	}

	@Test
	void errorStatusWithoutBodyGetsAnEnvelope() throws Exception {
		RawMcp raw = serve(new HttpServlet() {
			@Override
			protected void doDelete(HttpServletRequest req, HttpServletResponse resp) {
				resp.setStatus(409);
			}
		});
		HttpResponse<String> r = raw.send("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody(),
				RawMcp.headers("s"));
		JsonNode envelope = RawMcp.assertErrorEnvelope(r, 409, JsonRpcErrors.SERVER_ERROR);
		assertThat(envelope.at("/error/message").asText()).isEqualTo("Conflict");
	}

	@Test
	void successBodiesPassThroughByteForByte() throws Exception {
		String payload = "{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{\"k\":\"v\"}}";
		RawMcp raw = serve(new HttpServlet() {
			@Override
			protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
				String body = new String(req.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				resp.setContentType("application/json");
				resp.setHeader("X-Seen", String.valueOf(body.length()));
				resp.getWriter().write(payload);
			}
		});
		String request = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}";
		HttpResponse<String> r = raw.post(request, RawMcp.headers(null));
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).isEqualTo(payload);
		assertThat(r.headers().firstValue("X-Seen")).hasValue(String.valueOf(request.length()));
	}

	private RawMcp serve(HttpServlet servlet) throws Exception {
		jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		jetty.addConnector(connector);
		jetty.setHandler(McpServletMount.newContext("/", servlet, HttpServingOptions.defaults()));
		jetty.start();
		return new RawMcp("http://127.0.0.1:" + connector.getLocalPort());
	}

}
