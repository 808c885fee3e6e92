package dev.mcpforge.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * Configures a {@link McpTestClient}; {@link #build()} connects and initializes it. Get one from
 * {@link McpTestClient#builder(dev.mcpforge.server.McpServer)}.
 *
 * <p>Defaults: client info {@code mcpforge-test-client 1.0.0}; 10 s per request; logging level
 * {@code debug} requested right after {@code initialize} (so every log is recorded); a fresh
 * progress token on every tool call; sampling, elicitation and roots capabilities declared, each
 * backed by an unscripted responder you can script later through the client.
 */
public final class McpTestClientBuilder {

	private final Function<Map<String, List<String>>, McpClientTransport> transport;

	private final boolean inMemory;

	private final Map<String, List<String>> headers = new LinkedHashMap<>();

	private String clientName = "mcpforge-test-client";

	private String clientVersion = "1.0.0";

	private Duration requestTimeout = Duration.ofSeconds(10);

	private McpSchema.LoggingLevel loggingLevel = McpSchema.LoggingLevel.DEBUG;

	private boolean progressTokens = true;

	private SamplingResponder sampling = Responders.sampling();

	private ElicitationResponder elicitation = Responders.elicitation();

	private RootsResponder roots = Responders.roots();

	McpTestClientBuilder(Supplier<McpClientTransport> transport) {
		this.transport = headers -> transport.get();
		this.inMemory = false;
	}

	McpTestClientBuilder(Function<Map<String, List<String>>, McpClientTransport> inMemoryTransport, boolean inMemory) {
		this.transport = inMemoryTransport;
		this.inMemory = inMemory;
	}

	/**
	 * A header the in-memory client presents to the server's authenticator (and handlers see in
	 * {@code ctx.headers()}), e.g. {@code header("X-API-Key", key)} or
	 * {@code header("Authorization", "Bearer " + token)}. For other transports, set headers on the
	 * transport itself.
	 * @throws IllegalStateException if this client is not connected in memory
	 */
	public McpTestClientBuilder header(String name, String value) {
		if (!inMemory) {
			throw new IllegalStateException("header(..) applies to in-memory clients; configure headers on the transport");
		}
		headers.computeIfAbsent(requireText(name, "name").toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
			.add(Objects.requireNonNull(value, "value"));
		return this;
	}

	/** Shorthand for {@code header("Authorization", "Bearer " + token)}. */
	public McpTestClientBuilder bearerToken(String token) {
		return header("Authorization", "Bearer " + Objects.requireNonNull(token, "token"));
	}

	/** What the client says about itself at {@code initialize}. */
	public McpTestClientBuilder clientInfo(String name, String version) {
		this.clientName = requireText(name, "name");
		this.clientVersion = requireText(version, "version");
		return this;
	}

	/** How long each request may take before the call fails. Default 10 s. */
	public McpTestClientBuilder requestTimeout(Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("requestTimeout must be positive, but was " + timeout);
		}
		this.requestTimeout = timeout;
		return this;
	}

	/**
	 * The logging level requested after {@code initialize}; {@code null} requests none, leaving
	 * the server's default. Default {@code debug}.
	 */
	public McpTestClientBuilder loggingLevel(McpSchema.LoggingLevel level) {
		this.loggingLevel = level;
		return this;
	}

	/**
	 * Whether every tool call carries a fresh progress token ({@code progress-1}, ...), so the
	 * server may report progress. Default {@code true}.
	 */
	public McpTestClientBuilder progressTokens(boolean enabled) {
		this.progressTokens = enabled;
		return this;
	}

	/** Answers sampling requests with this responder. */
	public McpTestClientBuilder sampling(SamplingResponder responder) {
		this.sampling = Objects.requireNonNull(responder, "responder; use withoutSampling() to declare no sampling");
		return this;
	}

	/** Declares no sampling capability: the server's sampling requests fail as with such a client. */
	public McpTestClientBuilder withoutSampling() {
		this.sampling = null;
		return this;
	}

	/** Answers elicitation requests with this responder. */
	public McpTestClientBuilder elicitation(ElicitationResponder responder) {
		this.elicitation = Objects.requireNonNull(responder,
				"responder; use withoutElicitation() to declare no elicitation");
		return this;
	}

	/** Declares no elicitation capability. */
	public McpTestClientBuilder withoutElicitation() {
		this.elicitation = null;
		return this;
	}

	/** Exposes these roots. */
	public McpTestClientBuilder roots(RootsResponder responder) {
		this.roots = Objects.requireNonNull(responder, "responder; use withoutRoots() to declare no roots");
		return this;
	}

	/** Declares no roots capability. */
	public McpTestClientBuilder withoutRoots() {
		this.roots = null;
		return this;
	}

	/**
	 * Connects, initializes and (by default) sets the logging level.
	 * @throws io.modelcontextprotocol.spec.McpError or another runtime exception if the server
	 * does not complete the handshake within the request timeout
	 */
	public McpTestClient build() {
		return new McpTestClient(transport.apply(Map.copyOf(headers)), McpSchema.Implementation.builder(clientName, clientVersion).build(),
				requestTimeout, loggingLevel, progressTokens, sampling, elicitation, roots);
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value;
	}

}
