package dev.mcpforge.server.internal.http;

import java.io.IOException;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import reactor.core.publisher.Mono;

/**
 * Stateless HTTP: mcpforge's implementation of the SDK's {@link McpStatelessServerTransport}.
 * POST only; a request is answered with one JSON body, a notification with 202; GET and DELETE
 * get 405 (there are no sessions and no server-to-client stream). Accept must list
 * {@code application/json} and {@code text/event-stream}, as for the stateful transport.
 */
public final class StatelessEndpoint implements McpEndpoint, McpStatelessServerTransport {

	private final McpJsonMapper mapper;

	private final HttpTransportContextExtractor contextExtractor = new HttpTransportContextExtractor(
			HttpTransportContextExtractor.STATELESS);

	private volatile McpStatelessServerHandler handler;

	private volatile boolean closing;

	public StatelessEndpoint() {
		this(McpJsonDefaults.getMapper());
	}

	public StatelessEndpoint(McpJsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String transportName() {
		return HttpTransportContextExtractor.STATELESS;
	}

	@Override
	public void setMcpHandler(McpStatelessServerHandler handler) {
		this.handler = handler;
	}

	@Override
	public void post(HttpExchange exchange, McpSchema.JSONRPCMessage message) throws IOException {
		Object id = message instanceof McpSchema.JSONRPCRequest r ? r.id() : null;
		if (closing) {
			McpRequestGuard.reject(exchange, 503, id, JsonRpcErrors.SERVER_ERROR, "Server is shutting down");
			return;
		}
		String accept = exchange.header("Accept");
		if (accept == null || !accept.contains("application/json") || !accept.contains("text/event-stream")) {
			McpRequestGuard.reject(exchange, 400, id, JsonRpcErrors.SERVER_ERROR,
					"Bad Request: both application/json and text/event-stream required in Accept header");
			return;
		}
		McpTransportContext context = contextExtractor.extract(exchange);
		if (message instanceof McpSchema.JSONRPCRequest r) {
			McpSchema.JSONRPCResponse answer = handler.handleRequest(context, r)
				.contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
				.block();
			exchange.send(200, "application/json", mapper.writeValueAsBytes(answer));
		}
		else if (message instanceof McpSchema.JSONRPCNotification n) {
			handler.handleNotification(context, n).contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
			exchange.status(202);
		}
		else {
			McpRequestGuard.reject(exchange, 400, ((McpSchema.JSONRPCResponse) message).id(),
					JsonRpcErrors.INVALID_REQUEST, "Invalid Request: the server accepts requests and notifications");
		}
	}

	@Override
	public void other(HttpExchange exchange, Runnable streamOpened) throws IOException {
		exchange.responseHeader("Allow", "POST");
		McpRequestGuard.reject(exchange, 405, null, JsonRpcErrors.SERVER_ERROR,
				"Method Not Allowed: stateless server, POST only");
	}

	@Override
	public Mono<Void> closeGracefully() {
		return Mono.fromRunnable(() -> closing = true);
	}

}
