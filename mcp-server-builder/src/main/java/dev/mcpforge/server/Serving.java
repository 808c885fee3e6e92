package dev.mcpforge.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

import jakarta.servlet.http.HttpServlet;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;

import dev.mcpforge.server.internal.Features;
import dev.mcpforge.server.internal.ServerSettings;
import dev.mcpforge.server.internal.SessionBinding;

/** Starts a server on each kind of transport. */
final class Serving {

	private Serving() {
	}

	static ServerHandle stdio(DefaultMcpServer server, Features features, ServerSettings settings) {
		return stdio(server, features, settings, System.in, System.out);
	}

	static ServerHandle stdio(DefaultMcpServer server, Features features, ServerSettings settings, InputStream in,
			OutputStream out) {
		// TODO(mcpforge): replaced by the robust stdio transport
		var provider = new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, out);
		SessionBinding binding = SessionBinding.over(provider, features, settings);
		server.attach(binding);
		CountDownLatch stopped = new CountDownLatch(1);
		return new ServerHandle() {
			@Override
			public void awaitTermination() throws InterruptedException {
				stopped.await();
			}

			@Override
			public void close() {
				server.detach(binding);
				binding.close();
				stopped.countDown();
			}
		};
	}

	static HttpServerHandle http(DefaultMcpServer server, Features features, ServerSettings settings,
			HttpOptions options) {
		throw new UnsupportedOperationException("HTTP serving is being wired in");
	}

	static HttpServlet servlet(DefaultMcpServer server, Features features, ServerSettings settings,
			HttpOptions options) {
		throw new UnsupportedOperationException("HTTP serving is being wired in");
	}

}
