package dev.mcpforge.client.internal.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpTransportException;
import io.modelcontextprotocol.spec.McpTransportSessionClosedException;
import io.modelcontextprotocol.spec.McpTransportSessionNotFoundException;
import reactor.core.publisher.Mono;

/**
 * The client side of the MCP streamable HTTP transport on the JDK {@link HttpClient}.
 *
 * <p>Each message is POSTed; the answer is JSON, an SSE stream, or 202. After
 * {@code notifications/initialized} it opens the optional GET stream for server-initiated
 * messages. A stream that ends before it delivered what it was opened for is resumed with a GET
 * carrying {@code Last-Event-ID}, after the delay the server set with {@code retry:} (default 1 s).
 * A 404 (or 400) for a request that carried a session id ends the session and is reported as
 * {@link McpTransportSessionNotFoundException}, which makes the SDK client initialize again.
 * {@link #closeGracefully()} ends the session with DELETE.
 */
public final class StreamableHttpClientTransport implements McpClientTransport {

	private static final Logger log = LoggerFactory.getLogger(StreamableHttpClientTransport.class);

	static final Duration DEFAULT_RETRY = Duration.ofSeconds(1);

	/** Failed reconnects in a row before a stream is given up. */
	static final int MAX_FAILED_RECONNECTS = 5;

	private static final String EVENT_STREAM = "text/event-stream";

	private static final AtomicInteger THREADS = new AtomicInteger();

	private final URI endpoint;

	private final Map<String, String> headers;

	private final Duration requestTimeout;

	private final HttpClient http;

	private final McpJsonMapper json = McpJsonDefaults.getMapper();

	private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "mcpforge-sse-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<Session> session = new AtomicReference<>(new Session());

	private volatile Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler;

	private volatile Consumer<Throwable> exceptionHandler = error -> {
	};

	private volatile String protocolVersion;

	private volatile boolean closed;

	/**
	 * @param endpoint the MCP endpoint, e.g. {@code http://127.0.0.1:8080/mcp}
	 * @param headers sent with every request (authorization, API keys...)
	 * @param requestTimeout how long a POST may wait for the response headers; also the connect timeout
	 */
	public StreamableHttpClientTransport(URI endpoint, Map<String, String> headers, Duration requestTimeout) {
		this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
		this.headers = Map.copyOf(headers);
		this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(requestTimeout)
			.build();
	}

	@Override
	public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
		this.handler = handler;
		return Mono.empty();
	}

	@Override
	public void setExceptionHandler(Consumer<Throwable> handler) {
		this.exceptionHandler = handler;
	}

	@Override
	public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
		return Mono.deferContextual(context -> {
			context.<String>getOrEmpty(McpAsyncClient.NEGOTIATED_PROTOCOL_VERSION).ifPresent(v -> protocolVersion = v);
			if (closed) {
				return Mono.error(new McpTransportSessionClosedException());
			}
			Session current = session.get();
			HttpRequest request;
			try {
				request = request(current).header("Accept", "application/json, " + EVENT_STREAM)
					.header("Content-Type", "application/json")
					.timeout(requestTimeout)
					.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message)))
					.build();
			}
			catch (IOException e) {
				return Mono.error(new McpTransportException("cannot serialize " + message, e));
			}
			return Mono.fromFuture(() -> http.sendAsync(request, Body.HANDLER))
				.onErrorMap(CompletionException.class, Throwable::getCause)
				.flatMap(response -> Mono.fromRunnable(() -> answered(current, message, response)));
		});
	}

	private void answered(Session current, McpSchema.JSONRPCMessage sent, HttpResponse<Body> response) {
		int status = response.statusCode();
		if (status >= 300) {
			String text = response.body().close();
			if (sessionLost(current, status)) {
				throw new McpTransportSessionNotFoundException(current.id);
			}
			String detail = text.isBlank() ? "" : ": " + text.substring(0, Math.min(200, text.length()));
			throw new McpTransportException("POST " + endpoint + " answered HTTP " + status + detail);
		}
		response.headers().firstValue("Mcp-Session-Id").ifPresent(current::start);
		Body body = response.body();
		if (body.stream() != null) {
			Object awaited = sent instanceof McpSchema.JSONRPCRequest request ? request.id() : null;
			readers.execute(() -> follow(current, awaited, body::stream));
		}
		else if (!body.text().isBlank() && !(sent instanceof McpSchema.JSONRPCNotification)) {
			deliver(parse(body.text()));
		}
		if (sent instanceof McpSchema.JSONRPCNotification notification
				&& McpSchema.METHOD_NOTIFICATION_INITIALIZED.equals(notification.method())) {
			// started before this returns, so the GET is normally ahead of the client's next request
			CompletableFuture<HttpResponse<InputStream>> opening = open(current, Optional.empty());
			readers.execute(() -> follow(current, null, () -> opened(current, opening.get())));
		}
	}

	/**
	 * Reads one logical stream until it delivers the response to {@code awaited} (a POST stream)
	 * or for as long as the session lives ({@code awaited == null}: the GET stream), resuming it
	 * after the server's retry delay whenever it ends early.
	 * @param first opens the stream; {@code null} from it means the server offers none
	 */
	private void follow(Session owner, Object awaited, Callable<InputStream> first) {
		SseParser sse = new SseParser();
		long deadline = System.nanoTime() + requestTimeout.toNanos();
		Callable<InputStream> next = first;
		int failures = 0;
		while (true) {
			try {
				InputStream body = next.call();
				if (body == null) {
					return;
				}
				failures = 0;
				if (read(owner, body, sse, awaited)) {
					return;
				}
			}
			catch (Exception e) {
				if (++failures >= MAX_FAILED_RECONNECTS) {
					log.warn("giving up the SSE stream of {} after {} failed reconnects: {}", endpoint, failures,
							e.toString());
					return;
				}
				log.debug("reconnecting the SSE stream of {} failed: {}", endpoint, e.toString());
			}
			if (closed || session.get() != owner) {
				return;
			}
			if (awaited != null && (sse.lastEventId().isEmpty() || System.nanoTime() > deadline)) {
				log.warn("the server closed the stream for request {} before answering, and it cannot be resumed",
						awaited);
				return;
			}
			if (!sleep(sse.retry().orElse(DEFAULT_RETRY))) {
				return;
			}
			next = () -> opened(owner, open(owner, sse.lastEventId()).get());
		}
	}

	/** Starts a GET for the session's stream, resuming after {@code lastEventId} if there is one. */
	private CompletableFuture<HttpResponse<InputStream>> open(Session owner, Optional<String> lastEventId) {
		HttpRequest.Builder request = request(owner).header("Accept", EVENT_STREAM).GET();
		lastEventId.ifPresent(id -> request.header("Last-Event-ID", id));
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	/** The stream a GET opened, or {@code null} if the server offers none (or forgot the session). */
	private InputStream opened(Session owner, HttpResponse<InputStream> response) throws IOException {
		int status = response.statusCode();
		if (status == 200 && response.headers().firstValue("Content-Type").orElse("").contains(EVENT_STREAM)) {
			return response.body();
		}
		response.body().close();
		if (status >= 500) {
			throw new McpTransportException("GET " + endpoint + " answered HTTP " + status);
		}
		if (!sessionLost(owner, status)) {
			// a server without a GET stream answers 405; any other refusal will not change either
			log.debug("{} offers no SSE stream on GET (HTTP {})", endpoint, status);
		}
		return null;
	}

	/** Reads events until the body ends; {@code true} once the response to {@code awaited} arrived. */
	private boolean read(Session owner, InputStream body, SseParser sse, Object awaited) {
		owner.streams.add(body);
		if (session.get() != owner) {
			owner.end(); // ended while this stream was being opened
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				SseEvent event = sse.line(line);
				if (event == null || !"message".equals(event.type()) || event.data().isBlank()) {
					continue; // the priming event has no data: it only carries the id and retry
				}
				McpSchema.JSONRPCMessage message = parse(event.data());
				deliver(message);
				if (awaited != null && message instanceof McpSchema.JSONRPCResponse response
						&& awaited.equals(response.id())) {
					return true;
				}
			}
		}
		catch (IOException | RuntimeException e) {
			log.debug("SSE stream of {} broke: {}", endpoint, e.toString());
		}
		finally {
			owner.streams.remove(body);
		}
		return false;
	}

	/** Whether {@code status} says the server forgot the session; if so, ends it and reports it once. */
	private boolean sessionLost(Session owner, int status) {
		// some servers answer 400 instead of 404 for a session they do not know
		if ((status != 404 && status != 400) || owner.id == null) {
			return false;
		}
		if (session.compareAndSet(owner, new Session())) {
			owner.end();
			exceptionHandler.accept(new McpTransportSessionNotFoundException(owner.id));
		}
		return true;
	}

	private HttpRequest.Builder request(Session owner) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Cache-Control", "no-cache");
		headers.forEach(request::header);
		String id = owner.id;
		if (id != null) {
			request.header("Mcp-Session-Id", id);
		}
		String version = protocolVersion;
		if (version != null) {
			request.header("MCP-Protocol-Version", version);
		}
		return request;
	}

	private McpSchema.JSONRPCMessage parse(String text) {
		try {
			return McpSchema.deserializeJsonRpcMessage(json, text);
		}
		catch (IOException e) {
			throw new McpTransportException("not a JSON-RPC message: " + text, e);
		}
	}

	private void deliver(McpSchema.JSONRPCMessage message) {
		var current = handler;
		if (current == null) {
			log.warn("dropping {}: the transport is not connected", message);
			return;
		}
		current.apply(Mono.just(message))
			.subscribe(null, error -> log.warn("handling {} failed: {}", message, error.toString()));
	}

	private static boolean sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public Mono<Void> closeGracefully() {
		return Mono.defer(() -> {
			closed = true;
			Session last = session.getAndSet(new Session());
			last.end();
			if (last.id == null) {
				readers.shutdownNow();
				return Mono.empty();
			}
			HttpRequest delete = request(last).timeout(Duration.ofSeconds(5)).DELETE().build();
			return Mono.fromFuture(() -> http.sendAsync(delete, HttpResponse.BodyHandlers.discarding()))
				.doOnNext(response -> log.debug("DELETE session {}: HTTP {}", last.id, response.statusCode()))
				.onErrorResume(error -> Mono.empty())
				.doFinally(signal -> readers.shutdownNow())
				.then();
		});
	}

	@Override
	public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
		return json.convertValue(data, typeRef);
	}

	/** One MCP session: its id once the server assigned one, and the streams open in it. */
	private static final class Session {

		volatile String id;

		final Set<InputStream> streams = ConcurrentHashMap.newKeySet();

		void start(String assigned) {
			if (id == null) {
				id = assigned;
			}
		}

		void end() {
			for (InputStream stream : streams) {
				try {
					stream.close();
				}
				catch (IOException e) {
					log.debug("closing an SSE stream: {}", e.toString());
				}
			}
		}

	}

	/** A POST answer: the whole text for JSON and the like, the open stream for SSE. */
	private record Body(String text, InputStream stream) {

		static final HttpResponse.BodyHandler<Body> HANDLER = info -> info.headers()
			.firstValue("Content-Type")
			.filter(type -> type.contains(EVENT_STREAM))
			.isPresent() && info.statusCode() < 300
					? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(),
							stream -> new Body("", stream))
					: HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
							text -> new Body(text, null));

		/** Closes the stream, if any; returns the text. */
		String close() {
			if (stream != null) {
				try {
					stream.close();
				}
				catch (IOException e) {
					log.debug("closing a response: {}", e.toString());
				}
			}
			return text;
		}

	}

}
