package dev.mcpforge.server.internal.inmemory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;

import dev.mcpforge.server.internal.CancellationRegistry;
import dev.mcpforge.server.internal.TransportAttributes;

/**
 * One client/server pair in memory. Each direction has its own single thread, which keeps
 * messages in order and keeps a blocking handler on one side from stalling the other.
 */
final class InMemorySession {

	private static final Logger log = LoggerFactory.getLogger(InMemorySession.class);

	private final McpJsonMapper mapper;

	private final McpServerSession.Factory factory;

	private final Set<InMemorySession> registry;

	private final Scheduler toServer = Schedulers.newSingle("mcpforge-inmemory-c2s", true);

	private final Scheduler toClient = Schedulers.newSingle("mcpforge-inmemory-s2c", true);

	private final CancellationRegistry inFlight = new CancellationRegistry();

	private volatile McpServerSession session;

	private volatile Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> clientHandler;

	private volatile boolean closed;

	private final Map<String, Object> connectionAttributes;

	private final String refusal;

	InMemorySession(McpJsonMapper mapper, McpServerSession.Factory factory, Set<InMemorySession> registry) {
		this(mapper, factory, registry, Map.of(), null);
	}

	/**
	 * @param connectionAttributes transport attributes of every request (headers, principal)
	 * @param refusal when not null, every request is answered with an "Unauthorized" error
	 * carrying this reason and never reaches the server
	 */
	InMemorySession(McpJsonMapper mapper, McpServerSession.Factory factory, Set<InMemorySession> registry,
			Map<String, Object> connectionAttributes, String refusal) {
		this.mapper = mapper;
		this.factory = factory;
		this.registry = registry;
		this.connectionAttributes = Map.copyOf(connectionAttributes);
		this.refusal = refusal;
	}

	String sessionId() {
		McpServerSession current = session;
		return current == null ? "" : current.getId();
	}

	Mono<Void> notifyClient(String method, Object params) {
		McpServerSession current = session;
		return current == null ? Mono.empty() : current.sendNotification(method, params);
	}

	Mono<Void> closeGracefully() {
		return Mono.fromRunnable(this::close);
	}

	McpClientTransport clientSide() {
		return new ClientSide();
	}

	private void close() {
		if (closed) {
			return;
		}
		closed = true;
		registry.remove(this);
		inFlight.cancelAll("client disconnected");
		McpServerSession current = session;
		if (current != null) {
			current.close();
		}
		toServer.dispose();
		toClient.dispose();
	}

	/** Serialise and parse, as the wire would: catches anything that would not survive JSON. */
	private McpSchema.JSONRPCMessage roundTrip(McpSchema.JSONRPCMessage message) {
		try {
			return McpSchema.deserializeJsonRpcMessage(mapper, mapper.writeValueAsString(message));
		}
		catch (IOException e) {
			throw new UncheckedIOException("message does not survive JSON: " + message, e);
		}
	}

	private void deliverToServer(McpSchema.JSONRPCMessage message) {
		if (refusal != null) {
			refuse(message);
			return;
		}
		Map<String, Object> attributes = new java.util.HashMap<>(connectionAttributes);
		attributes.put(TransportAttributes.TRANSPORT, "in-memory");
		if (message instanceof McpSchema.JSONRPCRequest request) {
			attributes.put(TransportAttributes.CANCELLATION, inFlight.register(request.id()));
		}
		else if (message instanceof McpSchema.JSONRPCNotification notification
				&& CancellationRegistry.CANCELLED_NOTIFICATION.equals(notification.method())) {
			// the SDK has no handler for it (it would only log a warning): it ends here
			inFlight.cancel(notification.params());
			return;
		}
		McpTransportContext context = McpTransportContext.create(Map.copyOf(attributes));
		session.handle(message)
			.contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
			.subscribe(null, error -> log.warn("in-memory server failed to handle a message", error));
	}

	/** The in-memory counterpart of HTTP 401: requests get an error, nothing reaches the server. */
	private void refuse(McpSchema.JSONRPCMessage message) {
		if (message instanceof McpSchema.JSONRPCRequest request) {
			McpSchema.JSONRPCResponse error = new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), null,
					new McpSchema.JSONRPCResponse.JSONRPCError(-32000, "Unauthorized: " + refusal, null));
			Mono.fromRunnable(() -> clientHandler.apply(Mono.just(roundTrip(error)))
				.subscribe(null, e -> log.warn("in-memory client failed to handle a message", e)))
				.subscribeOn(toClient)
				.subscribe();
		}
	}

	private final class ServerSide implements McpServerTransport {

		@Override
		public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
			if (closed) {
				return Mono.empty();
			}
			McpSchema.JSONRPCMessage copy = roundTrip(message);
			if (copy instanceof McpSchema.JSONRPCResponse response) {
				inFlight.complete(response.id());
			}
			return Mono.fromRunnable(() -> clientHandler.apply(Mono.just(copy))
				.subscribe(null, error -> log.warn("in-memory client failed to handle a message", error)))
				.subscribeOn(toClient)
				.then();
		}

		@Override
		public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
			return mapper.convertValue(data, typeRef);
		}

		@Override
		public Mono<Void> closeGracefully() {
			return Mono.fromRunnable(InMemorySession.this::close);
		}

	}

	private final class ClientSide implements McpClientTransport {

		@Override
		public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
			return Mono.fromRunnable(() -> {
				clientHandler = handler;
				if (refusal == null) {
					session = factory.create(new ServerSide());
					registry.add(InMemorySession.this);
				}
			});
		}

		@Override
		public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
			if (closed) {
				return Mono.error(new IllegalStateException("in-memory transport is closed"));
			}
			McpSchema.JSONRPCMessage copy = roundTrip(message);
			return Mono.fromRunnable(() -> deliverToServer(copy)).subscribeOn(toServer).then();
		}

		@Override
		public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
			return mapper.convertValue(data, typeRef);
		}

		@Override
		public Mono<Void> closeGracefully() {
			return Mono.fromRunnable(InMemorySession.this::close);
		}

	}

}
