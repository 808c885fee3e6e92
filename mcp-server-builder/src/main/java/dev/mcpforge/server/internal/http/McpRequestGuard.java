package dev.mcpforge.server.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.server.internal.CancellationRegistry;
import dev.mcpforge.server.internal.CancellationSignal;
import dev.mcpforge.server.internal.Security;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every request passes before mcpforge's {@link McpEndpoint} sees it, so bad input
 * never reaches the MCP layer and every refusal is a clean JSON-RPC error envelope
 * {@code {"jsonrpc":"2.0","id":..,"error":{"code":..,"message":..}}} without internals.
 *
 * <p>
 * Per request, in this order:
 * <ol>
 * <li>While stopping: 503 ({@link #beginShutdown()}).</li>
 * <li>HTTP methods other than GET, POST and DELETE: 405 ({@code Allow: GET, POST, DELETE}).</li>
 * <li>DNS-rebinding protection ({@link HttpServingOptions}): foreign {@code Host} 421,
 * foreign {@code Origin} 403.</li>
 * <li>Credentials, when an authenticator is configured: 401; a session belongs to the caller
 * that opened it (404 for anyone else).</li>
 * <li>POST only: {@code Content-Type} must be {@code application/json} (415); the body is
 * read up to {@link HttpServingOptions#maxRequestBytes()} (413 beyond, whatever
 * {@code Content-Length} says), parsed once (400 / -32700 when not JSON) and checked to be one
 * JSON-RPC 2.0 message (400 / -32600 for batches, scalars, a missing or wrong
 * {@code jsonrpc}, a non-string method, ...); the endpoint gets the parsed message.</li>
 * </ol>
 *
 * <p>
 * For the {@link HttpTransportContextExtractor} it leaves on the {@link HttpExchange} the verified
 * principal, the JSON-RPC id and method and, for JSON-RPC requests, a {@link CancellationSignal}. In a session ({@code Mcp-Session-Id}) the signal is
 * registered in {@link SessionCancellations} under (session, id) until the answer is written;
 * a {@code notifications/cancelled} POSTed in that session cancels it.
 */
public final class McpRequestGuard {

	private static final Logger log = LoggerFactory.getLogger(McpRequestGuard.class);

	static final String SESSION_HEADER = "Mcp-Session-Id";


	private static final Set<String> METHODS = Set.of("GET", "POST", "DELETE");

	private static final int MAX_TRACKED_SESSIONS = 100_000;

	private final HttpServingOptions options;

	private final HostOriginValidator hostOriginValidator;

	private final SessionCancellations cancellations;

	private final Set<HttpExchange> openStreams = ConcurrentHashMap.newKeySet();

	// session id -> caller that initialized it; bounded, oldest forgotten first (sessions that
	// expire without a DELETE are never removed otherwise)
	private final Map<String, String> sessionOwners = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
				return size() > MAX_TRACKED_SESSIONS;
			}
		});

	private volatile boolean closing;

	private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();

	private final McpEndpoint endpoint;

	/** The checks in front of {@code endpoint}, which gets every request that passes them. */
	public McpRequestGuard(HttpServingOptions options, McpEndpoint endpoint) {
		this.options = Objects.requireNonNull(options, "options");
		this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
		this.cancellations = new SessionCancellations();
		this.hostOriginValidator = HostOriginValidator.of(options);
	}

	/** The in-flight requests this filter registered. */
	public SessionCancellations cancellations() {
		return cancellations;
	}

	public HttpServingOptions options() {
		return options;
	}

	/** Number of standalone GET (SSE) streams currently open. */
	public int openStreams() {
		return openStreams.size();
	}

	/**
	 * Prepares for shutdown: new requests get 503, open GET streams are completed (they
	 * never end by themselves and would hold a graceful stop until its timeout). POSTs in
	 * flight are left alone so they can finish ({@link #awaitIdle}).
	 */
	public void beginShutdown() {
		closing = true;
		for (HttpExchange stream : openStreams) {
			try {
				stream.complete();
			}
			catch (RuntimeException e) {
				log.debug("Could not complete SSE stream: {}", e.toString());
			}
		}
		openStreams.clear();
	}

	/** Checks the request and hands what passes to the endpoint. */
	public void service(HttpExchange exchange) throws IOException {
		active.incrementAndGet();
		try {
			check(exchange);
		}
		finally {
			// the context the extractor kept for initialize holds headers: not left on a pooled thread
			HttpTransportContextExtractor.takeCurrent();
			// counted out once the response is over (a GET stream: when it ends)
			exchange.whenOver(active::decrementAndGet);
		}
	}

	/** Requests that entered the filter and whose response is not complete yet. */
	public int activeRequests() {
		return active.get();
	}

	/**
	 * Waits until no request is in flight (see {@link #activeRequests()}), at most
	 * {@code timeout}; true when none is left. Call after {@link #beginShutdown()}, which
	 * refuses new requests: this is how {@link JettyMcpServer} stops gracefully, without
	 * Jetty's {@code GracefulHandler} (whose request wrapper made every call measurably
	 * slower, see docs/performance.md).
	 */
	public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (active.get() > 0) {
			if (System.nanoTime() - deadline >= 0) {
				return false;
			}
			Thread.sleep(10);
		}
		return true;
	}

	private void check(HttpExchange exchange) throws IOException {
		String method = exchange.method();
		if (closing) {
			// what Jetty's GracefulHandler did: in-flight requests finish, new ones are refused
			if (!drained(exchange)) {
				exchange.responseHeader("Connection", "close");
			}
			reject(exchange, 503, null, JsonRpcErrors.SERVER_ERROR, "Server is shutting down");
			return;
		}
		if (!METHODS.contains(method)) {
			exchange.responseHeader("Allow", "GET, POST, DELETE");
			if (!drained(exchange)) {
				exchange.responseHeader("Connection", "close");
			}
			reject(exchange, 405, null, JsonRpcErrors.SERVER_ERROR, "Method Not Allowed");
			return;
		}
		try {
			hostOriginValidator.validate(exchange);
		}
		catch (ServerTransportSecurityException e) {
			log.debug("Rejected {} from {}: {} (Host {}, Origin {})", method, exchange.remoteAddress(), e.getMessage(),
					exchange.header("Host"), exchange.header("Origin"));
			int status = e.getStatusCode();
			reject(exchange, status, null, JsonRpcErrors.codeFor(status, null),
					JsonRpcErrors.messageFor(status, e.getMessage()));
			return;
		}
		if (!authenticate(exchange) || !sessionOwnedByCaller(exchange)) {
			return;
		}
		if ("POST".equals(method)) {
			handlePost(exchange);
		}
		else {
			handleOther(exchange, "GET".equals(method));
		}
	}

	/**
	 * Authenticates every request, {@code initialize} and GET streams included: the verified
	 * principal goes to the transport context; a refusal is answered with 401 and
	 * {@code WWW-Authenticate: Bearer} ({@code Bearer error="invalid_token"} when the credentials
	 * were bad). Credentials are never logged.
	 */
	private boolean authenticate(HttpExchange exchange) throws IOException {
		Security security = options.security();
		if (security.authenticator() == null) {
			return true;
		}
		Security.Outcome outcome = security
			.authenticate(new Credentials("http", exchange.headers()));
		if (outcome.refused()) {
			String reason = JsonRpcErrors.sanitise(outcome.refusal());
			String message = "Unauthorized" + (reason == null ? "" : ": " + reason);
			// RFC 6750 3.1: no error code when nothing was presented, invalid_token when it was bad
			exchange.responseHeader("WWW-Authenticate", outcome.invalidCredentials() ? "Bearer error=\"invalid_token\"" : "Bearer");
			if (!drained(exchange)) {
				exchange.responseHeader("Connection", "close");
			}
			reject(exchange, 401, null, JsonRpcErrors.SERVER_ERROR, message);
			return false;
		}
		if (outcome.principal() != null) {
			exchange.principal = outcome.principal();
		}
		return true;
	}

	/**
	 * Reads and drops the body of a refused request, so the connection can be reused (a client
	 * that finds an unread body on a kept-alive connection sees it closed under it); false when
	 * the body is too large or unreadable.
	 */
	private boolean drained(HttpExchange exchange) {
		if (exchange.contentLength() > options.maxRequestBytes()) {
			return false;
		}
		try {
			return readAtMost(exchange.body(), options.maxRequestBytes()) != null;
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * With an authenticator, a session belongs to the caller that initialized it: a request in
	 * someone else's session (a leaked or guessed {@code Mcp-Session-Id}) gets 404 as if the
	 * session did not exist.
	 */
	private boolean sessionOwnedByCaller(HttpExchange exchange) throws IOException {
		String sessionId = sessionId(exchange);
		if (options.security().authenticator() == null || sessionId == null) {
			return true;
		}
		String owner = sessionOwners.get(sessionId);
		if (owner == null || owner.equals(callerKey(exchange))) {
			if (owner != null && "DELETE".equals(exchange.method())) {
				sessionOwners.remove(sessionId);
			}
			return true;
		}
		log.info("Refused {} in a session opened by another caller", exchange.method());
		reject(exchange, 404, null, JsonRpcErrors.SESSION_NOT_FOUND, JsonRpcErrors.messageFor(404, null));
		return false;
	}

	/** Who the request is from, as far as session ownership goes: the principal's name, "" when anonymous. */
	private static String callerKey(HttpExchange exchange) {
		return exchange.principal != null ? "principal:" + exchange.principal.getName() : "";
	}

	private void handleOther(HttpExchange exchange, boolean isGet) throws IOException {
		if (isGet && closing) {
			reject(exchange, 503, null, JsonRpcErrors.SERVER_ERROR, "Server is shutting down");
			return;
		}
		try {
			endpoint.other(exchange, () -> openStream(exchange));
		}
		catch (IOException | RuntimeException e) {
			failed(exchange, e);
		}
	}

	private void handlePost(HttpExchange exchange) throws IOException {
		if (!isJsonContentType(exchange.contentType())) {
			reject(exchange, 415, null, JsonRpcErrors.INVALID_REQUEST, JsonRpcErrors.defaultMessage(415));
			return;
		}
		Charset charset = charset(exchange);
		if (charset == null) {
			reject(exchange, 415, null, JsonRpcErrors.INVALID_REQUEST, "Unsupported Media Type: unknown charset");
			return;
		}
		int max = options.maxRequestBytes();
		if (exchange.contentLength() > max) {
			rejectTooLarge(exchange, max);
			return;
		}
		byte[] body;
		try {
			body = readBody(exchange, max);
		}
		catch (IOException | RuntimeException e) {
			log.debug("Could not read request body: {}", e.toString());
			reject(exchange, 400, null, JsonRpcErrors.SERVER_ERROR, "Bad Request: could not read the body");
			return;
		}
		if (body == null) {
			// let a client that is still sending (chunked) finish, within bounds, so it reads the 413
			skipAtMost(exchange, DRAIN_AFTER_LIMIT_BYTES);
			rejectTooLarge(exchange, max);
			return;
		}

		JsonRpcMessageCheck.Outcome outcome = JsonRpcMessageCheck.check(body, charset);
		if (!outcome.ok()) {
			log.debug("Rejected POST body: {}", outcome.errorMessage());
			reject(exchange, 400, outcome.id(), outcome.errorCode(), outcome.errorMessage());
			return;
		}
		JsonRpcMessageCheck.Message message = outcome.message();
		exchange.jsonRpcId = message.id();
		exchange.jsonRpcMethod = message.method();
		String sessionId = sessionId(exchange);
		if (sessionId != null && message.isNotification() && CancellationRegistry.CANCELLED_NOTIFICATION.equals(message.method())) {
			cancel(sessionId, message.params());
		}

		if (message.isRequest()) {
			CancellationSignal signal = sessionId != null ? cancellations.register(sessionId, message.id())
					: new CancellationSignal();
			exchange.cancellation = signal;
		}
		try {
			endpoint.post(exchange, message.sdk());
			if (options.security().authenticator() != null && "initialize".equals(message.method())
					&& exchange.responseHeader(SESSION_HEADER) != null) {
				sessionOwners.put(exchange.responseHeader(SESSION_HEADER), callerKey(exchange));
			}
		}
		catch (IOException | RuntimeException e) {
			failed(exchange, e);
		}
		finally {
			if (message.isRequest() && sessionId != null) {
				// the endpoint answers before it returns: nothing is left to cancel
				cancellations.complete(sessionId, message.id());
			}
		}
	}

	/** The endpoint threw: the client gets a bare envelope (if nothing was sent yet), the log the details. */
	private static void failed(HttpExchange exchange, Exception e) throws IOException {
		if (e instanceof IOException) {
			log.debug("MCP {} request failed (client gone?): {}", exchange.method(), e.toString());
			return;
		}
		log.warn("MCP {} request failed: {}", exchange.method(), e.toString(), e);
		if (!exchange.committed()) {
			exchange.reset();
			reject(exchange, 500, exchange.jsonRpcId, JsonRpcErrors.INTERNAL_ERROR,
					JsonRpcErrors.defaultMessage(500));
		}
	}

	private void cancel(String sessionId, JsonNode params) {
		if (params == null) {
			return;
		}
		Object requestId = JsonRpcMessageCheck.readableId(params.get("requestId"));
		if (requestId != null) {
			JsonNode reason = params.get("reason");
			log.debug("Cancelling request {} of session {}", requestId, sessionId);
			cancellations.cancel(sessionId, requestId, reason != null && reason.isTextual() ? reason.asText() : null);
		}
	}

	/**
	 * A standalone GET stream starts: track it for shutdown, and send the headers now (unless a
	 * message already did). The SDK writes nothing until the first server-to-client message, so
	 * clients would otherwise wait for the status line. The endpoint runs it while no message is
	 * being written to the stream.
	 */
	private void openStream(HttpExchange stream) {
		openStreams.add(stream);
		stream.whenOver(() -> openStreams.remove(stream));
		if (closing) {
			stream.complete();
			return;
		}
		try {
			stream.flush();
		}
		catch (IOException e) {
			log.debug("Could not send SSE headers: {}", e.toString());
		}
	}

	private void rejectTooLarge(HttpExchange exchange, int max) throws IOException {
		exchange.responseHeader("Connection", "close");
		reject(exchange, 413, null, JsonRpcErrors.INVALID_REQUEST,
				"Request body too large (limit " + max + " bytes)");
	}

	/** Writes an error envelope straight to the container's response. */
	static void reject(HttpExchange exchange, int status, Object id, int code, String message) throws IOException {
		exchange.responseHeader("Cache-Control", "no-store");
		exchange.send(status, "application/json", JsonRpcErrors.envelope(id, code, message));
	}

	static String sessionId(HttpExchange exchange) {
		String id = exchange.header(SESSION_HEADER);
		return id == null || id.isBlank() ? null : id.trim();
	}

	static boolean isJsonContentType(String contentType) {
		if (contentType == null) {
			return false;
		}
		int semi = contentType.indexOf(';');
		String mediaType = (semi >= 0 ? contentType.substring(0, semi) : contentType).trim();
		return "application/json".equals(mediaType.toLowerCase(Locale.ROOT));
	}

	/** The request's charset, UTF-8 when none is given, null when unknown. */
	private static Charset charset(HttpExchange exchange) {
		String name = exchange.characterEncoding();
		if (name == null || name.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		try {
			return Charset.forName(name.trim());
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	/** The whole stream, or null as soon as it exceeds {@code max} bytes. */
	private static final long DRAIN_AFTER_LIMIT_BYTES = 8L * 1024 * 1024;

	private static void skipAtMost(HttpExchange exchange, long limit) {
		try {
			InputStream in = exchange.body();
			byte[] buffer = new byte[8192];
			long total = 0;
			int n;
			while (total < limit && (n = in.read(buffer)) != -1) {
				total += n;
			}
		}
		catch (IOException | RuntimeException e) {
			// the client went away; the 413 is written (or not) all the same
		}
	}

	/**
	 * The body of a POST, or null when it exceeds {@code max} bytes. With a
	 * {@code Content-Length} (at most {@code max}, checked before) the body is read into an
	 * array of exactly that size: no copy buffers for the usual small JSON-RPC message.
	 */
	private static byte[] readBody(HttpExchange exchange, int max) throws IOException {
		long length = exchange.contentLength();
		InputStream in = exchange.body();
		if (length < 0) {
			return readAtMost(in, max);
		}
		byte[] body = in.readNBytes((int) length);
		int next = body.length == length ? in.read() : -1;
		if (next == -1) {
			return body;
		}
		// more than announced (the container's framing should prevent it): read on, within the limit
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 1024);
		out.write(body);
		out.write(next);
		if (out.size() > max) {
			return null;
		}
		byte[] rest = readAtMost(in, max - out.size());
		if (rest == null) {
			return null;
		}
		out.write(rest);
		return out.toByteArray();
	}

	private static byte[] readAtMost(InputStream in, int max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 1024));
		byte[] buffer = new byte[8192];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) != -1) {
			total += n;
			if (total > max) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

}
