package dev.mcpforge.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServlet;

import io.modelcontextprotocol.json.McpJsonDefaults;

import dev.mcpforge.server.internal.Features;
import dev.mcpforge.server.internal.ServerSettings;
import dev.mcpforge.server.internal.SessionBinding;
import dev.mcpforge.server.internal.stdio.RobustStdioTransportProvider;

/** Starts a server on each kind of transport. */
final class Serving {

	private Serving() {
	}

	static ServerHandle stdio(DefaultMcpServer server, Features features, ServerSettings settings) {
		return stdio(server, features, settings,
				RobustStdioTransportProvider.forSystemStreams(McpJsonDefaults.getMapper()));
	}

	static ServerHandle stdio(DefaultMcpServer server, Features features, ServerSettings settings, InputStream in,
			OutputStream out) {
		return stdio(server, features, settings, new RobustStdioTransportProvider(McpJsonDefaults.getMapper(), in, out));
	}

	private static ServerHandle stdio(DefaultMcpServer server, Features features, ServerSettings settings,
			RobustStdioTransportProvider provider) {
		SessionBinding binding = SessionBinding.over(provider, features, settings);
		server.attach(binding);
		CompletableFuture<Void> closed = new CompletableFuture<>();
		return new ServerHandle() {
			@Override
			public void awaitTermination() throws InterruptedException {
				try {
					CompletableFuture.anyOf(provider.termination(), closed).get();
				}
				catch (java.util.concurrent.ExecutionException e) {
					// a stopped reader is a stopped server either way
				}
			}

			@Override
			public void close() {
				server.detach(binding);
				binding.close();
				closed.complete(null);
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
