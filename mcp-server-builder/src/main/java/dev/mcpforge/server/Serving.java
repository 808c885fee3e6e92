package dev.mcpforge.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import java.net.URI;
import java.util.concurrent.CountDownLatch;

import jakarta.servlet.http.HttpServlet;

import io.modelcontextprotocol.json.McpJsonDefaults;

import dev.mcpforge.server.internal.Binding;
import dev.mcpforge.server.internal.Features;
import dev.mcpforge.server.internal.StatelessBinding;
import dev.mcpforge.server.internal.http.HttpServingOptions;
import dev.mcpforge.server.internal.http.McpEndpoint;
import dev.mcpforge.server.internal.http.StatelessEndpoint;
import dev.mcpforge.server.internal.http.StreamableEndpoint;
import dev.mcpforge.server.internal.http.JettyMcpServer;
import dev.mcpforge.server.internal.http.McpHttpServlet;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.server.internal.Security;
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
		// stdio has no headers: the authenticator is asked once, with none (it may read the environment)
		Security.Outcome outcome = settings.security().authenticate(Credentials.none("stdio"));
		if (outcome.refused()) {
			throw new IllegalStateException("stdio client not authenticated: " + outcome.refusal()
					+ " (stdio credentials come from the environment the client starts the server with)");
		}
		provider.principal(outcome.principal());
		SessionBinding binding = SessionBinding.over(provider, features, settings);
		server.attach(binding);
		settings.binder().warmUp();
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
		HttpServingOptions serving = servingOptions(options, settings);
		options.routes().keySet().forEach(path -> {
			if (path.equals(options.path()) || path.startsWith(options.path() + "/")) {
				throw new IllegalArgumentException("route " + path + " collides with the MCP endpoint " + options.path());
			}
		});
		JettyMcpServer.Builder jetty = JettyMcpServer.builder()
			.host(options.host())
			.port(options.port())
			.options(serving)
			.stopTimeout(options.shutdownTimeout());
		options.routes().forEach(jetty::route);
		// Jetty is set up on a second thread while this one builds the SDK server: they share nothing
		// until start(), and each loads a few hundred classes
		Binding binding;
		FutureTask<JettyMcpServer> jettySetUp = new FutureTask<>(jetty::build);
		Thread setUpThread = new Thread(jettySetUp, "mcpforge-jetty-setup");
		setUpThread.setDaemon(true);
		if (options.stateless()) {
			var transport = new StatelessEndpoint();
			jetty.transport(transport);
			setUpThread.start();
			binding = StatelessBinding.over(transport, features, settings);
		}
		else {
			var provider = new StreamableEndpoint(McpJsonDefaults.getMapper(), options.sessionIdleTimeout());
			jetty.transport(provider);
			setUpThread.start();
			binding = SessionBinding.over(provider, features, settings);
		}
		server.attach(binding);
		JettyMcpServer running = join(jettySetUp);
		int port;
		try {
			port = running.start();
		}
		catch (Exception e) {
			server.detach(binding);
			binding.close();
			throw new IllegalStateException("cannot serve HTTP on " + options.host() + ":" + options.port() + ": "
					+ e.getMessage(), e);
		}
		// Hibernate Validator is built now, off the path to the first initialize
		settings.binder().warmUp();
		URI endpoint = URI.create(running.baseUrl() + options.path());
		CountDownLatch stopped = new CountDownLatch(1);
		return new HttpServerHandle() {
			@Override
			public int port() {
				return port;
			}

			@Override
			public URI endpoint() {
				return endpoint;
			}

			@Override
			public void awaitTermination() throws InterruptedException {
				stopped.await();
			}

			@Override
			public void close() {
				server.detach(binding);
				running.stop();
				binding.close();
				stopped.countDown();
			}
		};
	}

	private static <T> T join(FutureTask<T> task) {
		try {
			return task.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while setting up the HTTP server", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	static HttpServlet servlet(DefaultMcpServer server, Features features, ServerSettings settings,
			HttpOptions options) {
		HttpServingOptions serving = servingOptions(options, settings);
		Binding binding;
		McpEndpoint endpoint;
		if (options.stateless()) {
			var transport = new StatelessEndpoint();
			binding = StatelessBinding.over(transport, features, settings);
			endpoint = transport;
		}
		else {
			var provider = new StreamableEndpoint(McpJsonDefaults.getMapper(), options.sessionIdleTimeout());
			binding = SessionBinding.over(provider, features, settings);
			endpoint = provider;
		}
		server.attach(binding);
		settings.binder().warmUp();
		return new McpHttpServlet(endpoint, serving, () -> {
			server.detach(binding);
			binding.close();
		});
	}

	private static HttpServingOptions servingOptions(HttpOptions options, ServerSettings settings) {
		HttpServingOptions.Builder serving = HttpServingOptions.builder()
			.security(settings.security())
			.endpoint(options.path())
			.maxRequestBytes(options.maxRequestBytes())
			.dnsRebindingProtection(options.dnsRebindingProtection());
		options.allowedHosts().forEach(serving::allowedHost);
		options.allowedOrigins().forEach(serving::allowedOrigin);
		return serving.build();
	}

}
