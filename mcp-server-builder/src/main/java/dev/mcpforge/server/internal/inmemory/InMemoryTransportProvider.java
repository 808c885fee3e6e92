package dev.mcpforge.server.internal.inmemory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransportProvider;

/**
 * Serves MCP sessions to clients in the same JVM: each {@link #connect()} returns a client
 * transport wired to a new server session. Messages are serialised to JSON and back on the
 * way, exactly as on a wire, so tests see what a remote client would.
 */
public final class InMemoryTransportProvider implements McpServerTransportProvider {

	private final McpJsonMapper mapper;

	private final Set<InMemorySession> sessions = ConcurrentHashMap.newKeySet();

	private volatile McpServerSession.Factory sessionFactory;

	public InMemoryTransportProvider(McpJsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void setSessionFactory(McpServerSession.Factory factory) {
		this.sessionFactory = factory;
	}

	/** A new client transport; its session starts when the client connects. */
	public McpClientTransport connect() {
		if (sessionFactory == null) {
			throw new IllegalStateException("the in-memory provider is not attached to a server yet");
		}
		return new InMemorySession(mapper, sessionFactory, sessions).clientSide();
	}

	/**
	 * A new client transport whose requests carry {@code attributes} (headers, principal) in their
	 * transport context; with a {@code refusal}, every request is answered with an
	 * "Unauthorized" error instead.
	 */
	public McpClientTransport connect(Map<String, Object> attributes, String refusal) {
		if (sessionFactory == null) {
			throw new IllegalStateException("the in-memory provider is not attached to a server yet");
		}
		return new InMemorySession(mapper, sessionFactory, sessions, attributes, refusal).clientSide();
	}

	@Override
	public Mono<Void> notifyClients(String method, Object params) {
		return Flux.fromIterable(sessions).flatMap(s -> s.notifyClient(method, params)).then();
	}

	@Override
	public Mono<Void> notifyClient(String sessionId, String method, Object params) {
		return Flux.fromIterable(sessions)
			.filter(s -> s.sessionId().equals(sessionId))
			.flatMap(s -> s.notifyClient(method, params))
			.then();
	}

	@Override
	public Mono<Void> closeGracefully() {
		return Flux.fromIterable(Map.copyOf(toMap()).values()).flatMap(InMemorySession::closeGracefully).then();
	}

	private Map<InMemorySession, InMemorySession> toMap() {
		Map<InMemorySession, InMemorySession> map = new java.util.IdentityHashMap<>();
		sessions.forEach(s -> map.put(s, s));
		return map;
	}

}
