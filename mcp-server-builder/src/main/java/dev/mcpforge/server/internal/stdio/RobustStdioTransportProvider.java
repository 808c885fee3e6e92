package dev.mcpforge.server.internal.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.mcpforge.server.internal.CancellationRegistry;
import dev.mcpforge.server.internal.CancellationSignal;
import dev.mcpforge.server.internal.TransportAttributes;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * mcpforge's stdio server transport: one MCP session over newline-delimited JSON-RPC on an
 * input and an output stream. It replaces the SDK's {@code StdioServerTransportProvider}:
 * <ul>
 * <li>A bad line never stops the session. Malformed JSON or invalid UTF-8 is answered with
 * {@code -32700}; well-formed JSON that is not an MCP message (batches included) with
 * {@code -32600}, echoing the id when one can be read; a line over
 * {@code maxMessageBytes} is skipped without being buffered and answered with
 * {@code -32600}. Reading then goes on.</li>
 * <li>Outgoing messages go through one writer thread and an unbounded queue, so sending
 * never fails or stalls however many responses are produced at once. Only a handler thread's
 * own answer is written on that thread when nothing is queued (one thread hand-off less per
 * call); it may then wait for stdout, never the reader.</li>
 * <li>Requests are handled concurrently: a slow tool does not hold up a later ping.</li>
 * <li>Each request's {@link McpTransportContext} carries {@link TransportAttributes#TRANSPORT}
 * {@code "stdio"} and a {@link CancellationSignal} under
 * {@link TransportAttributes#CANCELLATION}, which a {@code notifications/cancelled} for its
 * id fires. That notification is consumed here (the SDK has no handler for it).</li>
 * </ul>
 * The reader thread ({@code mcpforge-stdio-reader}) is not a daemon: as with the SDK, it
 * keeps the JVM alive until stdin reaches end of stream. End of stream cancels in-flight
 * requests, writes what is already queued (for up to 5 s) and closes the session; answers
 * that are produced later are dropped. The writer thread ({@code mcpforge-stdio-writer}) is
 * a daemon. Use {@link #forSystemStreams} to serve on the process's stdin and stdout.
 */
public final class RobustStdioTransportProvider implements McpServerTransportProvider {

	/** Default limit of one inbound message: 16 MiB. */
	public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

	static final String READER_THREAD = "mcpforge-stdio-reader";

	static final String WRITER_THREAD = "mcpforge-stdio-writer";

	private static final long DRAIN_ON_EOF_SECONDS = 5;

	// Handled on the reader thread: the SDK answers them without user code, and initialize
	// must be done before the notifications/initialized that follows it is handled.
	private static final Set<String> INLINE_METHODS = Set.of(McpSchema.METHOD_INITIALIZE, McpSchema.METHOD_PING);

	private static final Logger log = LoggerFactory.getLogger(RobustStdioTransportProvider.class);

	private final McpJsonMapper mapper;

	private final LineReader lines;

	private final int maxMessageBytes;

	private final InboundDecoder decoder;

	private final LineWriter writer;

	private final CancellationRegistry cancellations = new CancellationRegistry();

	private volatile McpTransportContext plainContext = McpTransportContext
		.create(Map.of(TransportAttributes.TRANSPORT, "stdio"));

	private volatile java.security.Principal principal;

	// Handlers that block (sync ones under immediateExecution, async ones written badly) must
	// not stall the reader, so requests are subscribed off its thread (see INLINE_METHODS).
	private final ExecutorService handlers = HandlerThreads.create();

	private final AtomicBoolean closing = new AtomicBoolean();

	private volatile McpServerSession session;

	private volatile Thread reader;

	private final java.util.concurrent.CompletableFuture<Void> terminated = new java.util.concurrent.CompletableFuture<>();

	/** A transport on the given streams with the default 16 MiB message limit. */
	public RobustStdioTransportProvider(McpJsonMapper mapper, InputStream in, OutputStream out) {
		this(mapper, in, out, DEFAULT_MAX_MESSAGE_BYTES);
	}

	/**
	 * @param mapper the SDK's JSON mapper, used for the message records
	 * @param in where client messages arrive, one per line
	 * @param out where only protocol lines are written; it is flushed, never closed
	 * @param maxMessageBytes largest accepted inbound line in bytes, without its newline
	 */
	public RobustStdioTransportProvider(McpJsonMapper mapper, InputStream in, OutputStream out, int maxMessageBytes) {
		this.mapper = Objects.requireNonNull(mapper, "mapper");
		this.lines = new LineReader(Objects.requireNonNull(in, "in"), maxMessageBytes, 64 * 1024);
		this.maxMessageBytes = maxMessageBytes;
		this.decoder = new InboundDecoder(mapper);
		this.writer = new LineWriter(Objects.requireNonNull(out, "out"), WRITER_THREAD);
	}

	/**
	 * The caller of this stdio connection (authenticated once, when serving starts); every
	 * request's context carries it under {@link TransportAttributes#PRINCIPAL}.
	 */
	public RobustStdioTransportProvider principal(java.security.Principal caller) {
		this.principal = caller;
		this.plainContext = McpTransportContext.create(caller == null ? Map.of(TransportAttributes.TRANSPORT, "stdio")
				: Map.of(TransportAttributes.TRANSPORT, "stdio", TransportAttributes.PRINCIPAL, caller));
		return this;
	}

	/**
	 * A transport on {@code System.in} and the real standard output, after
	 * {@link StdioStreams#protectStdout()} has sent {@code System.out} to stderr.
	 */
	public static RobustStdioTransportProvider forSystemStreams(McpJsonMapper mapper) {
		return new RobustStdioTransportProvider(mapper, System.in, StdioStreams.protectStdout());
	}

	@Override
	public synchronized void setSessionFactory(McpServerSession.Factory sessionFactory) {
		if (session != null) {
			throw new IllegalStateException("The stdio transport serves a single session");
		}
		session = sessionFactory.create(new SessionTransport());
		writer.start();
		Thread thread = new Thread(this::readLoop, READER_THREAD);
		thread.setDaemon(false);
		reader = thread;
		thread.start();
	}

	@Override
	public Mono<Void> notifyClients(String method, Object params) {
		McpServerSession current = session;
		if (current == null) {
			return Mono.error(new IllegalStateException("No session to notify"));
		}
		return current.sendNotification(method, params);
	}

	@Override
	public Mono<Void> notifyClient(String sessionId, String method, Object params) {
		return Mono.defer(() -> {
			McpServerSession current = session;
			if (current == null || !current.getId().equals(sessionId)) {
				return Mono.error(new IllegalStateException("No session with id " + sessionId));
			}
			return current.sendNotification(method, params);
		});
	}

	/** Cancels in-flight requests, writes what is already queued, then stops. */
	@Override
	public Mono<Void> closeGracefully() {
		return Mono.defer(() -> {
			McpServerSession current = session;
			return current == null ? Mono.empty() : current.closeGracefully();
		});
	}

	/** Cancels in-flight requests and stops at once; queued messages are dropped. */
	@Override
	public void close() {
		McpServerSession current = session;
		if (current != null) {
			current.close();
		}
	}

	/** Completes when stdin has ended (and the session closed) or the reader stopped. */
	public java.util.concurrent.CompletableFuture<Void> termination() {
		return terminated;
	}

	Thread readerThread() {
		return reader;
	}

	Thread writerThread() {
		return writer.thread();
	}

	int inFlightRequests() {
		return cancellations.size();
	}

	private void readLoop() {
		try {
			LineReader.Line line;
			while (!closing.get() && (line = lines.next()) != null) {
				if (line.oversized()) {
					reject(null, ErrorCodes.INVALID_REQUEST,
							"Invalid Request: message exceeds " + maxMessageBytes + " bytes");
				}
				else if (!line.isBlank()) {
					onLine(line.bytes());
				}
			}
		}
		catch (InterruptedIOException e) {
			log.debug("stdin reader interrupted");
		}
		catch (IOException e) {
			if (!closing.get()) {
				log.warn("Reading stdin failed, closing the session: {}", e.toString());
			}
		}
		finally {
			try {
				onInputEnded();
			}
			finally {
				terminated.complete(null);
			}
		}
	}

	private void onLine(byte[] bytes) {
		try {
			InboundDecoder.Result result = decoder.decode(bytes);
			if (result instanceof InboundDecoder.Decoded decoded) {
				dispatch(decoded.message());
			}
			else if (result instanceof InboundDecoder.Rejected rejected) {
				reject(rejected.id(), rejected.code(), rejected.message());
			}
			else if (result instanceof InboundDecoder.Ignored ignored) {
				log.warn("Ignoring inbound message: {}", ignored.why());
			}
		}
		catch (RuntimeException e) {
			// whatever went wrong with this line, the next one is read
			log.error("Failed to process an inbound line", e);
		}
	}

	private void reject(Object id, int code, String message) {
		log.debug("Rejecting inbound line: {} {}", code, message);
		writer.offer(InboundDecoder.errorLine(id, code, message));
	}

	private void dispatch(McpSchema.JSONRPCMessage message) {
		if (message instanceof McpSchema.JSONRPCNotification notification
				&& CancellationRegistry.CANCELLED_NOTIFICATION.equals(notification.method())) {
			onCancelled(notification.params());
			return;
		}
		McpTransportContext context = plainContext;
		boolean offload = false;
		if (message instanceof McpSchema.JSONRPCResponse) {
			// A response resumes whatever awaited it (e.g. a tool's sampling call): user code. Not on
			// the handler threads, which may all be blocked waiting for such responses.
			session.handle(message)
				.contextWrite(ctx -> ctx.put(McpTransportContext.KEY, plainContext))
				.subscribeOn(Schedulers.boundedElastic())
				.subscribe(null, error -> onHandlingFailed(message, error));
			return;
		}
		if (message instanceof McpSchema.JSONRPCRequest request) {
			CancellationSignal signal = cancellations.register(request.id());
			Map<String, Object> attributes = new java.util.HashMap<>();
			attributes.put(TransportAttributes.TRANSPORT, "stdio");
			attributes.put(TransportAttributes.CANCELLATION, signal);
			if (principal != null) {
				attributes.put(TransportAttributes.PRINCIPAL, principal);
			}
			context = McpTransportContext.create(attributes);
			offload = !INLINE_METHODS.contains(request.method());
		}
		McpTransportContext requestContext = context;
		Mono<Void> handling = session.handle(message)
			.contextWrite(ctx -> ctx.put(McpTransportContext.KEY, requestContext));
		if (offload) {
			Mono<Void> offloaded = handling;
			handlers.execute(() -> offloaded.subscribe(null, error -> onHandlingFailed(message, error)));
		}
		else {
			handling.subscribe(null, error -> onHandlingFailed(message, error));
		}
	}

	// The notification is consumed here: the SDK registers no handler for it and would only log a warning.
	private void onCancelled(Object params) {
		if (!cancellations.cancel(params)) {
			log.warn("Ignoring notifications/cancelled without a requestId");
		}
	}

	private void onHandlingFailed(McpSchema.JSONRPCMessage message, Throwable error) {
		log.warn("Handling an inbound {} failed: {}", message.getClass().getSimpleName(), error.toString());
		if (message instanceof McpSchema.JSONRPCRequest request) {
			// the session normally answers every request itself; make sure the client is not left waiting
			cancellations.complete(request.id());
			writer.offer(InboundDecoder.errorLine(request.id(), ErrorCodes.INTERNAL_ERROR, "Internal error"));
		}
	}

	private void onInputEnded() {
		if (!closing.compareAndSet(false, true)) {
			return; // closed by the server; that path stops the writer
		}
		log.debug("stdin reached end of stream, closing the session");
		cancellations.cancelAll("stdin closed");
		try {
			writer.closeGracefully().get(DRAIN_ON_EOF_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException e) {
			log.warn("Could not write all pending messages after stdin closed");
		}
		session.close();
	}

	private void send(McpSchema.JSONRPCMessage message) {
		byte[] line;
		try {
			line = mapper.writeValueAsBytes(message);
		}
		catch (IOException | RuntimeException e) {
			if (!(message instanceof McpSchema.JSONRPCResponse response)) {
				throw new IllegalArgumentException("Could not serialize an outgoing message", e);
			}
			log.error("Could not serialize the response to request {}", response.id(), e);
			line = InboundDecoder.errorLine(response.id(), ErrorCodes.INTERNAL_ERROR,
					"Internal error: the result could not be serialized");
		}
		// A pretty-printing mapper would break the framing. Raw CR/LF can only be whitespace
		// between tokens in valid JSON (inside strings they are escaped), so blanking them is safe.
		for (int i = 0; i < line.length; i++) {
			if (line[i] == '\n' || line[i] == '\r') {
				line[i] = ' ';
			}
		}
		boolean sent;
		if (message instanceof McpSchema.JSONRPCResponse response) {
			// before the line can reach the client, which may then reuse the id
			cancellations.complete(response.id());
			// a handler thread answers its own request unless the writer is busy; the reader
			// thread (inline methods) and anything else only queue, so they never block on stdout
			sent = Thread.currentThread() == reader ? writer.offer(line) : writer.write(line);
		}
		else {
			sent = writer.offer(line);
		}
		if (!sent) {
			log.debug("Dropping an outgoing message: the transport is closed");
		}
	}

	private void beginClose(String reason) {
		if (closing.compareAndSet(false, true)) {
			cancellations.cancelAll(reason);
			Thread thread = reader;
			if (thread != null && thread != Thread.currentThread()) {
				thread.interrupt(); // ends a blocked read on interruptible streams; System.in ends at EOF
			}
		}
	}

	private final class SessionTransport implements McpServerTransport {

		@Override
		public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
			return Mono.fromRunnable(() -> send(message));
		}

		@Override
		public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
			return mapper.convertValue(data, typeRef);
		}

		@Override
		public Mono<Void> closeGracefully() {
			return Mono.defer(() -> {
				beginClose("server closing");
				return Mono.fromFuture(writer.closeGracefully());
			});
		}

		@Override
		public void close() {
			beginClose("server closed");
			writer.close();
		}

	}

}
