package dev.mcpforge.benchmarks.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Not an MCP server: the ceiling of HTTP + JSON on Jetty here. Parses each POSTed JSON-RPC message
 * with Jackson and answers it with a canned {@code echo} result (and a session id for
 * {@code initialize}), through a servlet ({@code jetty-servlet}) or Jetty's core handler API
 * ({@code jetty-core}).
 */
final class JettyEchoServer {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final String SESSION = UUID.randomUUID().toString();

	private JettyEchoServer() {
	}

	static void serve(boolean servlet, int port) throws Exception {
		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		jetty.addConnector(connector);
		if (servlet) {
			ServletContextHandler context = new ServletContextHandler("/");
			context.addServlet(new ServletHolder(new EchoServlet()), "/mcp");
			jetty.setHandler(context);
		}
		else {
			jetty.setHandler(new EchoHandler());
		}
		jetty.start();
		jetty.join();
	}

	static byte[] answer(byte[] body) throws IOException {
		JsonNode message = MAPPER.readTree(body);
		JsonNode id = message.get("id");
		if (id == null) {
			return null;
		}
		return ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static final class EchoServlet extends HttpServlet {

		private static final long serialVersionUID = 1L;

		@Override
		protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
			byte[] json = answer(request.getInputStream().readAllBytes());
			response.setHeader("Mcp-Session-Id", SESSION);
			if (json == null) {
				response.setStatus(202);
				return;
			}
			response.setContentType("application/json");
			response.getOutputStream().write(json);
		}

	}

	private static final class EchoHandler extends Handler.Abstract {

		@Override
		public boolean handle(Request request, Response response, Callback callback) throws Exception {
			ByteBuffer body = Content.Source.asByteBuffer(request);
			byte[] bytes = new byte[body.remaining()];
			body.get(bytes);
			byte[] json = answer(bytes);
			response.getHeaders().put("Mcp-Session-Id", SESSION);
			if (json == null) {
				response.setStatus(202);
				callback.succeeded();
				return true;
			}
			response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
			response.getHeaders().put(HttpHeader.CONTENT_LENGTH, json.length);
			response.write(true, ByteBuffer.wrap(json), callback);
			return true;
		}

	}

}
