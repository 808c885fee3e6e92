package dev.mcpforge.server.internal;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpInitRequestHandler;
import io.modelcontextprotocol.server.McpNotificationHandler;
import io.modelcontextprotocol.server.McpRequestHandler;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.DefaultMcpStreamableServerSessionFactory;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpServerTransportProviderBase;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import reactor.core.publisher.Mono;

import dev.mcpforge.core.interceptor.ListRequest;
import dev.mcpforge.server.internal.http.HttpTransportContextExtractor;

/**
 * Transport decorators that route the SDK's sessions through a {@link ProtocolGate}.
 *
 * <p>The SDK builds its request handlers privately and offers no hook to replace one (see
 * docs/architecture.md), but its session classes take the handlers, the {@code initialize}
 * handler and the on-close callback as constructor arguments. So the session factory the SDK
 * server gives its transport is decorated: the handlers it would have used are read from it
 * (by field name, for SDK 2.1.0; a mismatch fails at start-up) and the SDK's own session class
 * is built with the gate's versions. The stateless transport takes a handler interface, which is
 * wrapped directly.
 */
final class GatedTransports {

	private GatedTransports() {
	}

	/** stdio and in-memory: one {@link McpServerSession} per connection. */
	static McpServerTransportProvider sessions(McpServerTransportProvider delegate, ProtocolGate gate) {
		class Gated extends Delegating<McpServerTransportProvider> implements McpServerTransportProvider {

			Gated() {
				super(delegate);
			}

			@Override
			public void setSessionFactory(McpServerSession.Factory sdkFactory) {
				provider.setSessionFactory(transport -> {
					// built only to take its parts: the session the transport talks to is the one below
					McpServerSession sdk = sdkFactory.create(transport);
					String id = sdk.getId();
					McpInitRequestHandler init = field(sdk, "initRequestHandler");
					Supplier<Mono<Void>> onClose = field(sdk, "onClose");
					return new McpServerSession(id, field(sdk, "requestTimeout"), transport,
							request -> Mono.deferContextual(ctx -> gate.initialize(request,
									ctx.getOrDefault(McpTransportContext.KEY, McpTransportContext.EMPTY), id,
									init.handle(request))),
							gate.requestHandlers(field(sdk, "requestHandlers")), field(sdk, "notificationHandlers"),
							() -> gate.closed(id).then(onClose.get()), field(sdk, "jsonSchemaValidator"));
				});
			}

		}
		return new Gated();
	}

	/** Stateful streamable HTTP: sessions made by a {@link DefaultMcpStreamableServerSessionFactory}. */
	static McpStreamableServerTransportProvider streamable(McpStreamableServerTransportProvider delegate,
			ProtocolGate gate) {
		class Gated extends Delegating<McpStreamableServerTransportProvider>
				implements McpStreamableServerTransportProvider {

			Gated() {
				super(delegate);
			}

			@Override
			public void setSessionFactory(McpStreamableServerSession.Factory sdkFactory) {
				Function<String, Mono<Void>> onClose = field(sdkFactory, "onClose");
				Duration requestTimeout = field(sdkFactory, "requestTimeout");
				McpStreamableServerSession.InitRequestHandler init = field(sdkFactory, "initRequestHandler");
				Map<String, McpRequestHandler<?>> handlers = gate.requestHandlers(field(sdkFactory, "requestHandlers"));
				Map<String, McpNotificationHandler> notifications = field(sdkFactory, "notificationHandlers");
				JsonSchemaValidator validator = field(sdkFactory, "jsonSchemaValidator");
				DefaultMcpStreamableServerSessionFactory gated = new DefaultMcpStreamableServerSessionFactory(
						requestTimeout, init, handlers, notifications, id -> gate.closed(id).then(onClose.apply(id)),
						validator);
				provider.setSessionFactory(request -> {
					// the servlet does not pass the transport context on to initialize; it is on this thread
					McpTransportContext transport = HttpTransportContextExtractor.takeCurrent();
					McpStreamableServerSession.McpStreamableServerSessionInit session = gated.startSession(request);
					// decided here, on the servlet's thread: a refusal thrown now keeps the session out of
					// the servlet's session map (the client gets an error and never learns its id)
					McpSchema.InitializeResult result = gate
						.initialize(request, transport, session.session().getId(), session.initResult())
						.block();
					return new McpStreamableServerSession.McpStreamableServerSessionInit(session.session(),
							Mono.just(result));
				});
			}

		}
		return new Gated();
	}

	/** Stateless HTTP: no sessions; every request is handed to the SDK's handler, or the gate's. */
	static McpStatelessServerTransport stateless(McpStatelessServerTransport transport, ProtocolGate gate) {
		return new McpStatelessServerTransport() {
			@Override
			public void setMcpHandler(McpStatelessServerHandler sdk) {
				transport.setMcpHandler(new McpStatelessServerHandler() {
					@Override
					public Mono<McpSchema.JSONRPCResponse> handleRequest(McpTransportContext context,
							McpSchema.JSONRPCRequest request) {
						ListRequest.Kind kind = ListRequest.Kind.of(request.method());
						if (kind != null) {
							return respond(request,
									Mono.fromCallable(() -> gate.list(kind, request.params(), context, null)));
						}
						if (McpSchema.METHOD_INITIALIZE.equals(request.method())) {
							McpSchema.InitializeRequest initialize = McpJsonDefaults.getMapper()
								.convertValue(request.params(), new TypeRef<McpSchema.InitializeRequest>() {
								});
							return respond(request, gate.initialize(initialize, context, null,
									sdk.handleRequest(context, request).map(GatedTransports::initializeResult)));
						}
						return sdk.handleRequest(context, request);
					}

					@Override
					public Mono<Void> handleNotification(McpTransportContext context,
							McpSchema.JSONRPCNotification notification) {
						return sdk.handleNotification(context, notification);
					}
				});
			}

			@Override
			public void close() {
				transport.close();
			}

			@Override
			public Mono<Void> closeGracefully() {
				return transport.closeGracefully();
			}

			@Override
			public List<String> protocolVersions() {
				return transport.protocolVersions();
			}
		};
	}

	/** What both provider kinds do besides making sessions: passed on unchanged. */
	private abstract static class Delegating<P extends McpServerTransportProviderBase>
			implements McpServerTransportProviderBase {

		final P provider;

		Delegating(P provider) {
			this.provider = provider;
		}

		@Override
		public Mono<Void> notifyClients(String method, Object params) {
			return provider.notifyClients(method, params);
		}

		@Override
		public Mono<Void> notifyClient(String sessionId, String method, Object params) {
			return provider.notifyClient(sessionId, method, params);
		}

		@Override
		public void close() {
			provider.close();
		}

		@Override
		public Mono<Void> closeGracefully() {
			return provider.closeGracefully();
		}

		@Override
		public List<String> protocolVersions() {
			return provider.protocolVersions();
		}

	}

	private static Mono<McpSchema.JSONRPCResponse> respond(McpSchema.JSONRPCRequest request, Mono<?> result) {
		return result.<McpSchema.JSONRPCResponse>map(value -> McpSchema.JSONRPCResponse.result(request.id(), value))
			.onErrorResume(McpError.class,
					error -> Mono.just(McpSchema.JSONRPCResponse.error(request.id(), error.getJsonRpcError())));
	}

	private static McpSchema.InitializeResult initializeResult(McpSchema.JSONRPCResponse response) {
		if (response.error() != null) {
			throw new McpError(response.error());
		}
		return (McpSchema.InitializeResult) response.result();
	}

	@SuppressWarnings("unchecked")
	private static <T> T field(Object owner, String name) {
		try {
			Field field = owner.getClass().getDeclaredField(name);
			field.setAccessible(true);
			return (T) field.get(owner);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			throw new IllegalStateException("mcpforge cannot route " + owner.getClass().getName() + " '" + name
					+ "' through its interceptors; is the MCP Java SDK 2.1.0 on the class path?", e);
		}
	}

}
