package dev.mcpforge.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.client.internal.http.StreamableHttpClientTransport;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.core.interceptor.McpInterceptor;

/**
 * Describes a client; {@link #build()} connects and initializes. Exactly one of {@link #stdio},
 * {@link #http}, {@link #inMemory} or {@link #transport} must be chosen — or several
 * {@link #endpoint endpoints} for a balanced client with failover.
 *
 * <p>Defaults: client info {@code mcpforge-client 0.1.0}, 30 s per request, no sampling or
 * elicitation support (declare them by setting a handler).
 */
public final class McpClientBuilder {

	private Supplier<McpClientTransport> transport;

	private String transportName;

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private McpSchema.Implementation clientInfo = new McpSchema.Implementation("mcpforge-client", "0.1.0");

	private Duration requestTimeout = Duration.ofSeconds(30);

	private Function<McpSchema.CreateMessageRequest, McpSchema.CreateMessageResult> sampling;

	private Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> elicitation;

	private boolean elicitationDefaults;

	private final List<McpSchema.Root> roots = new ArrayList<>();

	private final List<Consumer<McpSchema.LoggingMessageNotification>> logConsumers = new ArrayList<>();

	private final List<Consumer<McpSchema.ProgressNotification>> progressConsumers = new ArrayList<>();

	private ObjectMapper mapper = McpJson.newMapper();

	private final List<McpInterceptor> interceptors = new ArrayList<>();

	private final List<Endpoint> endpoints = new ArrayList<>();

	private Balancing balancing = Balancing.ROUND_ROBIN;

	private Duration healthCheckInterval = Duration.ofSeconds(2);

	McpClientBuilder() {
	}

	/**
	 * Starts {@code command} as a child process and talks to it over stdin/stdout; its stderr is
	 * logged at debug level. {@link McpClient#close()} stops it.
	 */
	public McpClientBuilder stdio(String command, String... args) {
		Objects.requireNonNull(command, "command");
		List<String> arguments = List.of(args);
		return choose("stdio", () -> {
			StdioClientTransport stdio = new StdioClientTransport(
					ServerParameters.builder(command).args(arguments).env(Map.copyOf(environment)).build(),
					McpJsonDefaults.getMapper());
			stdio.setStdErrorHandler(line -> DefaultMcpClient.log.debug("[server stderr] {}", line));
			return stdio;
		});
	}

	/** An environment variable for the {@link #stdio} child process. */
	public McpClientBuilder environment(String name, String value) {
		environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
		return this;
	}

	/**
	 * Streamable HTTP to {@code url}, e.g. {@code http://127.0.0.1:8080/mcp} (path defaults to
	 * {@code /mcp}). A response stream the server closes early is resumed after its SSE
	 * {@code retry} delay with {@code Last-Event-ID}.
	 */
	public McpClientBuilder http(String url) {
		URI endpoint = httpEndpoint(url);
		return choose("http", () -> httpTransport(endpoint));
	}

	/**
	 * Adds one of several HTTP endpoints serving the same tools; the client balances over them
	 * (see {@link #balancing}) and fails over read-only and idempotent calls when one goes down.
	 */
	public McpClientBuilder endpoint(String url) {
		return endpoint(url, 1);
	}

	/** Adds an HTTP endpoint with a weight for {@link Balancing#WEIGHTED}. */
	public McpClientBuilder endpoint(String url, int weight) {
		if (weight < 1) {
			throw new IllegalArgumentException("weight must be at least 1, but was " + weight);
		}
		URI endpoint = httpEndpoint(url);
		endpoints.add(new Endpoint(url, weight,
				() -> DefaultMcpClient.connect(this, () -> httpTransport(endpoint), url)));
		return this;
	}

	private static URI httpEndpoint(String url) {
		URI uri = URI.create(Objects.requireNonNull(url, "url"));
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new IllegalArgumentException("an HTTP endpoint needs an absolute URL like http://127.0.0.1:8080/mcp, but got '"
					+ url + "'");
		}
		return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/mcp") : uri;
	}

	private McpClientTransport httpTransport(URI endpoint) {
		return new StreamableHttpClientTransport(endpoint, headers, requestTimeout);
	}

	/** How calls are spread over several {@link #endpoint endpoints}. Default: round robin. */
	public McpClientBuilder balancing(Balancing value) {
		this.balancing = Objects.requireNonNull(value, "balancing");
		return this;
	}

	/** How often an ejected endpoint is probed (connect + ping) for re-admission. Default: 2 s. */
	public McpClientBuilder healthCheckInterval(Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("healthCheckInterval must be positive, but was " + value);
		}
		this.healthCheckInterval = value;
		return this;
	}

	/** A header sent with every HTTP request. */
	public McpClientBuilder header(String name, String value) {
		headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
		return this;
	}

	/** {@code Authorization: Bearer <token>} on every HTTP request. */
	public McpClientBuilder bearer(String token) {
		return header("Authorization", "Bearer " + Objects.requireNonNull(token, "token"));
	}

	/** A server in this JVM, connected in memory (needs {@code mcp-server-builder} on the classpath). */
	public McpClientBuilder inMemory(dev.mcpforge.server.McpServer server) {
		Objects.requireNonNull(server, "server");
		return choose("in-memory", server::connectInMemory);
	}

	/** Any SDK client transport. */
	public McpClientBuilder transport(McpClientTransport custom) {
		Objects.requireNonNull(custom, "transport");
		return choose("custom", () -> custom);
	}

	public McpClientBuilder clientInfo(String name, String version) {
		this.clientInfo = new McpSchema.Implementation(name, version);
		return this;
	}

	/** How long one request may take before it fails with {@link McpTransportException}. */
	public McpClientBuilder requestTimeout(Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("requestTimeout must be positive, but was " + value);
		}
		this.requestTimeout = value;
		return this;
	}

	/** Answers the server's sampling requests (and declares the capability). */
	public McpClientBuilder sampling(Function<McpSchema.CreateMessageRequest, McpSchema.CreateMessageResult> handler) {
		this.sampling = Objects.requireNonNull(handler, "handler");
		return this;
	}

	/** Answers the server's form elicitations (and declares the capability). */
	public McpClientBuilder elicitation(Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> handler) {
		this.elicitation = Objects.requireNonNull(handler, "handler");
		return this;
	}

	/**
	 * Offers a root (a directory or other URI the server may work in) and declares the roots
	 * capability; call once per root. Change them later with {@code client.sdk().addRoot(...)} /
	 * {@code removeRoot(...)}, which notify the server.
	 */
	public McpClientBuilder root(String uri, String name) {
		roots.add(new McpSchema.Root(Objects.requireNonNull(uri, "uri"), name));
		return this;
	}

	/**
	 * Fills fields an accepted elicitation leaves out with the {@code default}s of the requested
	 * schema (SEP-1034).
	 */
	public McpClientBuilder applyElicitationDefaults() {
		this.elicitationDefaults = true;
		return this;
	}

	public McpClientBuilder onLog(Consumer<McpSchema.LoggingMessageNotification> consumer) {
		logConsumers.add(Objects.requireNonNull(consumer, "consumer"));
		return this;
	}

	public McpClientBuilder onProgress(Consumer<McpSchema.ProgressNotification> consumer) {
		progressConsumers.add(Objects.requireNonNull(consumer, "consumer"));
		return this;
	}

	/**
	 * Interceptors around every tool call, resource read and prompt get — the same SPI as the
	 * server's, ordered by phase and priority (see {@code docs/middleware.md}).
	 */
	public McpClientBuilder intercept(McpInterceptor... added) {
		for (McpInterceptor interceptor : added) {
			interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
		}
		return this;
	}

	/** The Jackson mapper for typed arguments and results. */
	public McpClientBuilder jsonMapper(ObjectMapper value) {
		this.mapper = Objects.requireNonNull(value, "jsonMapper");
		return this;
	}

	/**
	 * Connects and initializes.
	 * @throws IllegalStateException if no transport was chosen
	 * @throws McpTransportException if the server cannot be reached or does not initialize
	 */
	public McpClient build() {
		if (!endpoints.isEmpty()) {
			if (transport != null) {
				throw new IllegalStateException("endpoint(..) and " + transportName + "(..) cannot be combined");
			}
			return new BalancedMcpClient(endpoints, balancing, healthCheckInterval);
		}
		if (transport == null) {
			throw new IllegalStateException(
					"no transport: call stdio(..), http(..), inMemory(..), transport(..) or endpoint(..)");
		}
		return DefaultMcpClient.connect(this, transport, transportName);
	}

	private McpClientBuilder choose(String name, Supplier<McpClientTransport> factory) {
		if (transport != null) {
			throw new IllegalStateException("transport was already set to " + transportName + "; choose one");
		}
		this.transport = factory;
		this.transportName = name;
		return this;
	}

	McpSchema.Implementation clientInfo() {
		return clientInfo;
	}

	Duration requestTimeout() {
		return requestTimeout;
	}

	Function<McpSchema.CreateMessageRequest, McpSchema.CreateMessageResult> sampling() {
		return sampling;
	}

	Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> elicitation() {
		return elicitation;
	}

	InterceptorChain chain() {
		return InterceptorChain.of(interceptors);
	}

	List<McpSchema.Root> roots() {
		return List.copyOf(roots);
	}

	boolean elicitationDefaults() {
		return elicitationDefaults;
	}

	List<Consumer<McpSchema.LoggingMessageNotification>> logConsumers() {
		return List.copyOf(logConsumers);
	}

	List<Consumer<McpSchema.ProgressNotification>> progressConsumers() {
		return List.copyOf(progressConsumers);
	}

	ObjectMapper mapper() {
		return mapper;
	}

}
