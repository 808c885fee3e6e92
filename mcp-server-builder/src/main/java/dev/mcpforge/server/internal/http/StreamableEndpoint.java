package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Stateful streamable HTTP (MCP 2025-03-26 and later): mcpforge's implementation of the SDK's
 * {@link McpStreamableServerTransportProvider}, so the SDK's server and sessions run on it
 * unchanged. It replaces the SDK's servlet, which parsed every body again after the filter,
 * went asynchronous for every call and framed every answer as an event stream.
 *
 * <ul>
 * <li>POST {@code initialize} (Accept must list {@code application/json} and
 * {@code text/event-stream}): a new session; the result as JSON with {@code Mcp-Session-Id}.</li>
 * <li>POST a request in a session: answered as JSON, or as an event stream when the server
 * sends something before the answer (see {@link RequestChannel}).</li>
 * <li>POST a notification or a response to a server-to-client request: 202.</li>
 * <li>GET (Accept {@code text/event-stream}): the session's stream for server-initiated
 * messages; {@code Last-Event-ID} first replays what the session kept.</li>
 * <li>DELETE: ends the session.</li>
 * <li>No or a blank {@code Mcp-Session-Id}: 400; an unknown one: 404 (a client then starts a
 * new session). Sessions unused for {@code sessionIdleTimeout} (and without an open stream) are
 * closed.</li>
 * </ul>
 */
public final class StreamableEndpoint implements McpEndpoint, McpStreamableServerTransportProvider {

	private static final Logger log = LoggerFactory.getLogger(StreamableEndpoint.class);

	private static final String SESSION_HEADER = "Mcp-Session-Id";

	/** Default time after which a session nobody used is closed (the SDK's servlet: 30 minutes). */
	public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);

	private final McpJsonMapper mapper;

	private final HttpTransportContextExtractor contextExtractor = new HttpTransportContextExtractor(
			HttpTransportContextExtractor.STREAMABLE);

	private final Map<String, Tracked> sessions = new ConcurrentHashMap<>();

	private final long idleNanos;

	private final Disposable sweeper;

	private volatile McpStreamableServerSession.Factory sessionFactory;

	private volatile boolean closing;

	public StreamableEndpoint() {
		this(McpJsonDefaults.getMapper(), DEFAULT_SESSION_IDLE_TIMEOUT);
	}

	public StreamableEndpoint(McpJsonMapper mapper, Duration sessionIdleTimeout) {
		this.mapper = mapper;
		this.idleNanos = sessionIdleTimeout.toNanos();
		long sweepMillis = Math.max(1, sessionIdleTimeout.toMillis() / 2);
		this.sweeper = Schedulers.parallel()
			.schedulePeriodically(this::closeIdleSessions, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
	}

	/** A session and when it was last used. */
	private static final class Tracked {

		final McpStreamableServerSession session;

		volatile long lastUsed = System.nanoTime();

		/** The session's latest GET stream, probed when the session idles with it open. */
		volatile StreamChannel stream;

		Tracked(McpStreamableServerSession session) {
			this.session = session;
		}

		McpStreamableServerSession touch() {
			lastUsed = System.nanoTime();
			return session;
		}

	}

	@Override
	public String transportName() {
		return HttpTransportContextExtractor.STREAMABLE;
	}

	/** Sessions currently open. */
	public int sessionCount() {
		return sessions.size();
	}

	@Override
	public void setSessionFactory(McpStreamableServerSession.Factory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public void post(HttpExchange exchange, McpSchema.JSONRPCMessage message) throws IOException {
		if (closing) {
			McpRequestGuard.reject(exchange, 503, null, JsonRpcErrors.SERVER_ERROR, "Server is shutting down");
			return;
		}
		String accept = exchange.header("Accept");
		List<String> problems = new ArrayList<>(2);
		if (accept == null || !accept.contains("text/event-stream")) {
			problems.add("text/event-stream required in Accept header");
		}
		if (accept == null || !accept.contains("application/json")) {
			problems.add("application/json required in Accept header");
		}
		Object id = message instanceof McpSchema.JSONRPCRequest r ? r.id() : null;
		if (message instanceof McpSchema.JSONRPCRequest r && McpSchema.METHOD_INITIALIZE.equals(r.method())) {
			if (!problems.isEmpty()) {
				badRequest(exchange, id, problems);
				return;
			}
			initialize(exchange, r);
			return;
		}
		Tracked tracked = session(exchange, id, problems);
		if (tracked == null) {
			return;
		}
		McpStreamableServerSession session = tracked.touch();
		McpTransportContext context = contextExtractor.extract(exchange);
		if (message instanceof McpSchema.JSONRPCRequest r) {
			call(exchange, session, r, context);
		}
		else if (message instanceof McpSchema.JSONRPCNotification n) {
			session.accept(n).contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
			exchange.status(202);
		}
		else if (message instanceof McpSchema.JSONRPCResponse r) {
			try {
				session.accept(r).contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
				exchange.status(202);
			}
			catch (McpError e) {
				McpRequestGuard.reject(exchange, 400, r.id(), JsonRpcErrors.INVALID_REQUEST,
						"Invalid Request: no request of this session awaits this response");
			}
		}
	}

	private void initialize(HttpExchange exchange, McpSchema.JSONRPCRequest r) throws IOException {
		McpSchema.InitializeRequest params;
		try {
			params = mapper.convertValue(r.params(), McpSchema.InitializeRequest.class);
		}
		catch (RuntimeException e) {
			McpRequestGuard.reject(exchange, 400, r.id(), JsonRpcErrors.INVALID_PARAMS, "Invalid params");
			return;
		}
		// the session factory picks the context up from this thread (see GatedTransports)
		McpTransportContext context = contextExtractor.extract(exchange);
		McpStreamableServerSession.McpStreamableServerSessionInit init = sessionFactory.startSession(params);
		McpSchema.InitializeResult result;
		try {
			result = init.initResult().contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
		}
		catch (RuntimeException e) {
			init.session().close();
			if (e instanceof McpError refused && refused.getJsonRpcError() != null) {
				// refused by the server (an interceptor, an unsupported version): a JSON-RPC error
				exchange.send(200, "application/json",
						mapper.writeValueAsBytes(McpSchema.JSONRPCResponse.error(r.id(), refused.getJsonRpcError())));
				return;
			}
			throw e;
		}
		sessions.put(init.session().getId(), new Tracked(init.session()));
		exchange.responseHeader(SESSION_HEADER, init.session().getId());
		exchange.send(200, "application/json", mapper.writeValueAsBytes(McpSchema.JSONRPCResponse.result(r.id(), result)));
	}

	private void call(HttpExchange exchange, McpStreamableServerSession session, McpSchema.JSONRPCRequest r,
			McpTransportContext context) throws IOException {
		RequestChannel channel = new RequestChannel(exchange, r.id(), session.getId(), mapper);
		try {
			session.responseStream(r, channel).contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
		}
		catch (RuntimeException e) {
			// the SDK throws before answering when it cannot convert the params
			log.debug("Request {} ({}) ended without an answer: {}", r.id(), r.method(), e.toString());
		}
		finally {
			channel.close();
		}
		if (!channel.answered() && !exchange.committed()) {
			exchange.reset();
			McpRequestGuard.reject(exchange, 400, r.id(), JsonRpcErrors.INVALID_PARAMS, "Invalid params");
		}
	}

	@Override
	public void other(HttpExchange exchange, Runnable streamOpened) throws IOException {
		boolean get = "GET".equals(exchange.method());
		if (closing) {
			McpRequestGuard.reject(exchange, 503, null, JsonRpcErrors.SERVER_ERROR, "Server is shutting down");
			return;
		}
		List<String> problems = new ArrayList<>(2);
		String accept = exchange.header("Accept");
		if (get && (accept == null || !accept.contains("text/event-stream"))) {
			problems.add("text/event-stream required in Accept header");
		}
		Tracked tracked = session(exchange, null, problems);
		if (tracked == null) {
			return;
		}
		McpTransportContext context = contextExtractor.extract(exchange);
		if (get) {
			stream(exchange, tracked, context, streamOpened);
		}
		else {
			sessions.remove(tracked.session.getId());
			tracked.session.delete().contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
			exchange.status(200);
		}
	}

	private void stream(HttpExchange exchange, Tracked tracked, McpTransportContext context, Runnable streamOpened)
			throws IOException {
		McpStreamableServerSession session = tracked.touch();
		exchange.events();
		exchange.keepOpen();
		StreamChannel channel = new StreamChannel(exchange, session.getId(), mapper);
		tracked.stream = channel;
		String lastEventId = exchange.header("Last-Event-ID");
		if (lastEventId != null) {
			session.replay(lastEventId)
				.concatMap(channel::sendMessage)
				.contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
				.onErrorResume(e -> {
					log.debug("Replay for session {} failed: {}", session.getId(), e.toString());
					return Flux.empty();
				})
				.blockLast();
		}
		McpStreamableServerSession.McpStreamableServerSessionStream stream = session.listeningStream(channel);
		exchange.whenOver(stream::close);
		// only now, when the SDK can send on the stream, does the client learn that it is open (its
		// headers go out); under the channel's lock, so that no message is being written meanwhile
		channel.locked(streamOpened);
	}

	/**
	 * The request's session, or null when the request was answered: 400 with the header
	 * {@code problems} found so far plus a missing session id, 404 for an unknown session.
	 */
	private Tracked session(HttpExchange exchange, Object id, List<String> problems) throws IOException {
		String sessionId = McpRequestGuard.sessionId(exchange);
		if (sessionId == null) {
			problems.add("Session ID required in mcp-session-id header");
		}
		if (!problems.isEmpty()) {
			badRequest(exchange, id, problems);
			return null;
		}
		Tracked tracked = sessions.get(sessionId);
		if (tracked == null) {
			McpRequestGuard.reject(exchange, 404, id, JsonRpcErrors.SESSION_NOT_FOUND, "Session not found");
		}
		return tracked;
	}

	private static void badRequest(HttpExchange exchange, Object id, List<String> problems) throws IOException {
		McpRequestGuard.reject(exchange, 400, id, JsonRpcErrors.SERVER_ERROR,
				"Bad Request: " + String.join("; ", problems));
	}

	/**
	 * Closes the sessions unused for the idle timeout. One with an open GET stream is kept while
	 * its client is there: its stream gets a comment, which ends the stream when the client is gone
	 * (a servlet container, unlike the embedded server, does not end a silent stream by itself),
	 * and the next sweep closes the session.
	 */
	private void closeIdleSessions() {
		long now = System.nanoTime();
		sessions.forEach((id, tracked) -> {
			if (now - tracked.lastUsed <= idleNanos) {
				return;
			}
			if (tracked.session.hasListeningStream()) {
				StreamChannel stream = tracked.stream;
				if (stream != null) {
					stream.probe();
				}
			}
			else if (sessions.remove(id, tracked)) {
				log.debug("Closing session {}: unused for {} s", id, TimeUnit.NANOSECONDS.toSeconds(idleNanos));
				tracked.session.closeGracefully().onErrorComplete().subscribe();
			}
		});
	}

	@Override
	public Mono<Void> notifyClients(String method, Object params) {
		return Flux.fromIterable(sessions.values())
			.flatMap(t -> t.session.sendNotification(method, params).onErrorResume(e -> {
				log.debug("Could not notify session {}: {}", t.session.getId(), e.toString());
				return Mono.empty();
			}))
			.then();
	}

	@Override
	public Mono<Void> notifyClient(String sessionId, String method, Object params) {
		return Mono.defer(() -> {
			Tracked tracked = sessions.get(sessionId);
			return tracked == null ? Mono.empty() : tracked.session.sendNotification(method, params);
		});
	}

	@Override
	public Mono<Void> closeGracefully() {
		return Mono.defer(() -> {
			closing = true;
			sweeper.dispose();
			List<Tracked> open = new ArrayList<>(sessions.values());
			sessions.clear();
			return Flux.fromIterable(open)
				.flatMap(t -> t.session.closeGracefully().onErrorResume(e -> {
					log.debug("Session {} did not close cleanly: {}", t.session.getId(), e.toString());
					return Mono.empty();
				}))
				.then();
		});
	}

}
