package dev.mcpforge.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options for serving streamable HTTP, set inside the lambda passed to
 * {@link McpServer#serveHttp(java.util.function.Consumer)} or
 * {@link McpServer#servlet(java.util.function.Consumer)}; read once when serving starts.
 *
 * <p>Defaults: {@code 127.0.0.1:8080}, endpoint {@code /mcp}, stateful sessions, DNS-rebinding
 * protection on (Host and Origin must name localhost, 127.0.0.1 or [::1], any port, plus what
 * you allow), request bodies up to 4 MiB, 10 s to finish in-flight calls on shutdown, sessions
 * closed after 30 minutes without a request.
 */
public final class HttpOptions {

	private String host = "127.0.0.1";

	private int port = 8080;

	private String path = "/mcp";

	private boolean stateless;

	private boolean dnsRebindingProtection = true;

	private final List<String> allowedHosts = new ArrayList<>();

	private final List<String> allowedOrigins = new ArrayList<>();

	private int maxRequestBytes = 4 * 1024 * 1024;

	private Duration shutdownTimeout = Duration.ofSeconds(10);

	private Duration sessionIdleTimeout = Duration.ofMinutes(30);

	private final java.util.Map<String, jakarta.servlet.http.HttpServlet> routes = new java.util.LinkedHashMap<>();

	/** Interface to bind; {@code 0.0.0.0} exposes the server to the network. */
	public HttpOptions host(String value) {
		this.host = Objects.requireNonNull(value, "host");
		return this;
	}

	/** Port to bind; 0 picks a free one (see {@link HttpServerHandle#port()}). */
	public HttpOptions port(int value) {
		if (value < 0 || value > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535, but was " + value);
		}
		this.port = value;
		return this;
	}

	/** Path of the MCP endpoint. */
	public HttpOptions path(String value) {
		if (value == null || !value.startsWith("/")) {
			throw new IllegalArgumentException("path must start with '/', but was " + value);
		}
		this.path = value;
		return this;
	}

	/**
	 * Serve without sessions: every POST stands alone, which scales horizontally without sticky
	 * sessions, but there is no channel back to the client (no logging, progress, sampling or
	 * elicitation during a call).
	 */
	public HttpOptions stateless(boolean value) {
		this.stateless = value;
		return this;
	}

	/** Also accept requests whose Host header is {@code hostPattern} ({@code "example.com:*"} for any port). */
	public HttpOptions allowHost(String hostPattern) {
		allowedHosts.add(Objects.requireNonNull(hostPattern, "hostPattern"));
		return this;
	}

	/** Also accept browser requests from {@code origin} ({@code "https://app.example.com"}, {@code ":*"} for any port). */
	public HttpOptions allowOrigin(String origin) {
		allowedOrigins.add(Objects.requireNonNull(origin, "origin"));
		return this;
	}

	/**
	 * Turns off Host/Origin checking. Only for servers behind a proxy that does its own
	 * checking: without it, any web page a user visits can drive a local server.
	 */
	public HttpOptions disableDnsRebindingProtection() {
		this.dnsRebindingProtection = false;
		return this;
	}

	/** Largest request body accepted; larger ones get HTTP 413. */
	public HttpOptions maxRequestBytes(int value) {
		if (value < 1024) {
			throw new IllegalArgumentException("maxRequestBytes must be at least 1024, but was " + value);
		}
		this.maxRequestBytes = value;
		return this;
	}

	/** How long a stop waits for in-flight requests. */
	public HttpOptions shutdownTimeout(Duration value) {
		if (value == null || value.isNegative()) {
			throw new IllegalArgumentException("shutdownTimeout must be zero or positive, but was " + value);
		}
		this.shutdownTimeout = value;
		return this;
	}

	/**
	 * How long a session may go without a request before the server closes it (a session with an
	 * open GET stream stays); its client then gets 404 and starts a new session. Stateful only.
	 */
	public HttpOptions sessionIdleTimeout(Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("sessionIdleTimeout must be positive, but was " + value);
		}
		this.sessionIdleTimeout = value;
		return this;
	}

	/**
	 * Also serves {@code servlet} at {@code path} on the embedded Jetty, next to {@code /health/*}
	 * — e.g. a Prometheus scrape endpoint at {@code /metrics}. The path is a servlet mapping
	 * ({@code /metrics} or {@code /admin/*}); it must not be the MCP endpoint or lie under
	 * {@code /health}. Extra routes are not behind the MCP endpoint's Host/Origin checks. Only
	 * {@link McpServer#serveHttp} mounts them; with {@link McpServer#servlet}, mount them in your
	 * own container.
	 */
	public HttpOptions route(String path, jakarta.servlet.http.HttpServlet servlet) {
		Objects.requireNonNull(servlet, "servlet");
		if (path == null || !path.startsWith("/") || path.length() < 2) {
			throw new IllegalArgumentException("route path must start with '/' and name something, but was " + path);
		}
		if (path.equals("/health") || path.startsWith("/health/")) {
			throw new IllegalArgumentException("route path " + path + " is taken by the health endpoints");
		}
		if (routes.containsKey(path)) {
			throw new IllegalArgumentException("route path " + path + " is already mapped");
		}
		routes.put(path, servlet);
		return this;
	}

	/** Extra servlets by path, in the order added. */
	public java.util.Map<String, jakarta.servlet.http.HttpServlet> routes() {
		return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(routes));
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	public String path() {
		return path;
	}

	public boolean stateless() {
		return stateless;
	}

	public boolean dnsRebindingProtection() {
		return dnsRebindingProtection;
	}

	public List<String> allowedHosts() {
		return List.copyOf(allowedHosts);
	}

	public List<String> allowedOrigins() {
		return List.copyOf(allowedOrigins);
	}

	public int maxRequestBytes() {
		return maxRequestBytes;
	}

	public Duration shutdownTimeout() {
		return shutdownTimeout;
	}

	public Duration sessionIdleTimeout() {
		return sessionIdleTimeout;
	}

}
