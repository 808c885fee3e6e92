package dev.mcpforge.server.internal.http;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Embedded Jetty 12 serving mcpforge's MCP endpoint over streamable HTTP, on Jetty's core API.
 *
 * <ul>
 * <li>Listens on {@code host} (default {@code 127.0.0.1}) and {@code port} (default 0 =
 * ephemeral; {@link #start()} returns the bound port).</li>
 * <li>Serves mcpforge's {@link McpEndpoint} at {@link HttpServingOptions#endpoint()} behind its
 * {@link McpRequestGuard} through a {@link McpHandler}: no servlet layer (which cost about an
 * eighth of the CPU of a small call, see docs/performance.md). Extra routes are servlets, in a
 * servlet context set up only when there are any.</li>
 * <li>{@code GET /health/live}: 200 {@code {"status":"UP"}}; {@code GET /health/ready}: 200
 * when started, 503 while starting or stopping.</li>
 * <li>Threads come from a {@link QueuedThreadPool} named {@code mcpforge-http}.</li>
 * <li>All of Jetty's own error responses are JSON without stack traces
 * ({@link JsonErrorHandler}).</li>
 * <li>{@link #stop()} is graceful: readiness goes down, open GET (SSE) streams are ended,
 * new requests to the MCP endpoint are refused with 503 while in-flight calls may finish for up to
 * {@code stopTimeout}, then Jetty stops and the MCP transport is closed with
 * {@code closeGracefully()}.</li>
 * </ul>
 *
 * When the server binds to a specific non-loopback address, that address is added to the
 * allowed Host values; other names (a DNS name, a proxy's host) must be allowed in the
 * {@link HttpServingOptions}.
 */
public final class JettyMcpServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(JettyMcpServer.class);

	static {
		CacheLineHint.setIfAbsent();
	}

	/** Name of the thread pool, and prefix of its threads' names. */
	public static final String THREAD_POOL_NAME = "mcpforge-http";

	private enum State {
		NEW, STARTING, STARTED, STOPPING, STOPPED
	}

	private final String host;

	private final int requestedPort;

	private final Duration stopTimeout;

	private final Supplier<? extends Mono<Void>> transportCloser;

	private final Server server;

	private final ServerConnector connector;

	private final McpRequestGuard guard;

	private volatile State state = State.NEW;

	private volatile int boundPort;

	private JettyMcpServer(Builder b) {
		this.host = b.host;
		this.requestedPort = b.port;
		this.stopTimeout = b.stopTimeout;
		this.transportCloser = b.transportCloser;

		HttpServingOptions options = withBindHost(b.options, b.host);
		QueuedThreadPool threads = new QueuedThreadPool(b.maxThreads, b.minThreads, 60_000);
		threads.setName(THREAD_POOL_NAME);
		this.server = new Server(threads);
		server.setStopTimeout(b.stopTimeout.toMillis());
		server.setStopAtShutdown(false);
		server.setErrorHandler(new JsonErrorHandler());

		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		http.setSendXPoweredBy(false);
		this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
		connector.setHost(b.host);
		connector.setPort(b.port);
		connector.setIdleTimeout(b.idleTimeout.toMillis());
		server.addConnector(connector);

		Handler.Sequence handlers = new Handler.Sequence(new HealthHandler(this::isReady));
		ServletContextHandler context = b.routes.isEmpty() && !b.servletLayer ? null : new ServletContextHandler("/");
		if (b.servletLayer) {
			McpHttpServlet mcp = new McpHttpServlet(b.endpoint, options, () -> {
			});
			ServletHolder holder = new ServletHolder("mcpforge-mcp", mcp);
			holder.setAsyncSupported(true);
			context.addServlet(holder, options.endpoint());
			this.guard = mcp.guard();
		}
		else {
			this.guard = new McpRequestGuard(options, b.endpoint);
			handlers.addHandler(new McpHandler(guard));
		}
		if (context != null) {
			context.setErrorHandler(new JsonErrorHandler());
			b.routes.forEach((path, servlet) -> context.addServlet(new ServletHolder("route:" + path, servlet), path));
			handlers.addHandler(context);
		}
		// no GracefulHandler: its request wrapper cost ~20 % of the throughput of a small call
		// (docs/performance.md); the guard refuses new requests and stop() awaits the rest
		server.setHandler(handlers);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Starts Jetty and returns the bound port. */
	public synchronized int start() throws Exception {
		if (state != State.NEW) {
			throw new IllegalStateException("already " + state);
		}
		state = State.STARTING;
		try {
			server.start();
		}
		catch (Exception e) {
			state = State.STOPPED;
			server.stop();
			throw e;
		}
		boundPort = connector.getLocalPort();
		state = State.STARTED;
		log.info("MCP endpoint listening on http://{}:{}{}", hostForUrl(), port(), guard.options().endpoint());
		return port();
	}

	/**
	 * Stops gracefully (see the class comment); waits at most about twice
	 * {@code stopTimeout}. Idempotent.
	 */
	public synchronized void stop() {
		if (state == State.STOPPED || state == State.NEW) {
			state = State.STOPPED;
			return;
		}
		state = State.STOPPING;
		guard.beginShutdown();
		try {
			if (!guard.awaitIdle(stopTimeout)) {
				log.warn("{} MCP request(s) still running after {}; stopping anyway", guard.activeRequests(),
						stopTimeout);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		// no MCP request is left; a client's kept-alive idle connection would otherwise hold Jetty's
		// graceful connector shutdown for seconds
		connector.getConnectedEndPoints().forEach(EndPoint::close);
		try {
			server.stop();
		}
		catch (Exception e) {
			log.warn("Jetty did not stop cleanly: {}", e.toString());
		}
		if (transportCloser != null) {
			try {
				transportCloser.get().block(stopTimeout);
			}
			catch (RuntimeException e) {
				log.warn("MCP transport did not close cleanly: {}", e.toString());
			}
		}
		guard.cancellations().cancelAll("server stopped");
		state = State.STOPPED;
		log.info("MCP HTTP server on port {} stopped", boundPort);
	}

	@Override
	public void close() {
		stop();
	}

	/** The bound port once started (also after stop), else the configured one. */
	public int port() {
		int local = connector.getLocalPort();
		return local > 0 ? local : boundPort > 0 ? boundPort : requestedPort;
	}

	/** The configured bind host. */
	public String host() {
		return connector.getHost();
	}

	/** Base URL, e.g. {@code http://127.0.0.1:41234}. */
	public String baseUrl() {
		return "http://" + hostForUrl() + ":" + port();
	}

	/** True between the end of {@link #start()} and the beginning of {@link #stop()}. */
	public boolean isReady() {
		return state == State.STARTED;
	}

	public boolean isRunning() {
		return server.isRunning();
	}

	/** The checks in front of the MCP endpoint. */
	public McpRequestGuard guard() {
		return guard;
	}

	/** The underlying Jetty server, for tests and diagnostics. */
	Server jetty() {
		return server;
	}

	private String hostForUrl() {
		String h = host == null || host.isEmpty() || "0.0.0.0".equals(host) ? "127.0.0.1" : host;
		return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
	}

	/** The options, plus the bind host as an allowed Host when it is a specific non-loopback one. */
	static HttpServingOptions withBindHost(HttpServingOptions options, String host) {
		if (!options.dnsRebindingProtection() || host == null) {
			return options;
		}
		try {
			InetAddress address = InetAddress.getByName(host);
			if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
				return options;
			}
		}
		catch (Exception e) {
			return options;
		}
		String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
		return options.toBuilder().allowedHost(h + ":*").build();
	}

	/** Builder of {@link JettyMcpServer}. */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port = 0;

		private McpEndpoint endpoint;

		private Supplier<? extends Mono<Void>> transportCloser;

		private HttpServingOptions options = HttpServingOptions.defaults();

		private Duration stopTimeout = Duration.ofSeconds(10);

		private Duration idleTimeout = Duration.ofMinutes(5);

		private int maxThreads = 200;

		private int minThreads = 8;

		private final java.util.Map<String, HttpServlet> routes = new java.util.LinkedHashMap<>();

		private boolean servletLayer;

		private Builder() {
		}

		/**
		 * Serves the MCP endpoint through {@link McpHttpServlet} in a servlet context, as an
		 * application that mounts it does, instead of on Jetty's core API: lets the tests run
		 * the same requests through both.
		 */
		Builder servletLayer(boolean servletLayer) {
			this.servletLayer = servletLayer;
			return this;
		}

		/** Also serves {@code servlet} at the servlet mapping {@code path} (e.g. {@code /metrics}). */
		public Builder route(String path, HttpServlet servlet) {
			routes.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(servlet, "servlet"));
			return this;
		}

		/** Address to bind; default {@code 127.0.0.1} (loopback only). */
		public Builder host(String host) {
			this.host = Objects.requireNonNull(host, "host");
			return this;
		}

		/** Port to bind; default 0 (ephemeral). */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port out of range: " + port);
			}
			this.port = port;
			return this;
		}

		/** Serves mcpforge's own transport (stateful or stateless); it is closed on stop. */
		public Builder transport(McpEndpoint endpoint) {
			this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
			this.transportCloser = endpoint::closeGracefully;
			return this;
		}

		/** Endpoint, body limit and Host/Origin rules; default {@link HttpServingOptions#defaults()}. */
		public Builder options(HttpServingOptions options) {
			this.options = Objects.requireNonNull(options, "options");
			return this;
		}

		/** How long a stop waits for in-flight calls; default 10 s. */
		public Builder stopTimeout(Duration stopTimeout) {
			this.stopTimeout = positive(stopTimeout, "stopTimeout");
			return this;
		}

		/** Idle timeout of connections (also bounds silent SSE streams); default 5 min. */
		public Builder idleTimeout(Duration idleTimeout) {
			this.idleTimeout = positive(idleTimeout, "idleTimeout");
			return this;
		}

		/** Size of the {@code mcpforge-http} thread pool; defaults 8..200. */
		public Builder threads(int minThreads, int maxThreads) {
			if (minThreads < 1 || maxThreads < minThreads || maxThreads < 4) {
				throw new IllegalArgumentException("need 1 <= minThreads <= maxThreads and maxThreads >= 4");
			}
			this.minThreads = minThreads;
			this.maxThreads = maxThreads;
			return this;
		}

		public JettyMcpServer build() {
			if (endpoint == null) {
				throw new IllegalStateException("no MCP transport: call transport(..)");
			}
			return new JettyMcpServer(this);
		}

		private static Duration positive(Duration d, String name) {
			Objects.requireNonNull(d, name);
			if (d.isNegative() || d.isZero()) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return d;
		}

	}

}
