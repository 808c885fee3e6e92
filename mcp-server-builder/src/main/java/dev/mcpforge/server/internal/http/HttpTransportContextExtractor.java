package dev.mcpforge.server.internal.http;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import dev.mcpforge.server.internal.CancellationSignal;
import dev.mcpforge.server.internal.TransportAttributes;
import io.modelcontextprotocol.common.McpTransportContext;

/**
 * Builds the per-request {@link McpTransportContext} of mcpforge's HTTP endpoints. The context
 * holds, under the keys of {@link TransportAttributes}:
 * <ul>
 * <li>{@code TRANSPORT}: the name given to the constructor ({@code "http"} or
 * {@code "http-stateless"});</li>
 * <li>{@code HEADERS}: all request headers, names in lower case, values in order;</li>
 * <li>{@code REMOTE_ADDRESS}: the client's address, when known;</li>
 * <li>{@code PRINCIPAL}: the principal {@link McpRequestGuard}'s authenticator verified, else
 * the servlet container's, when not null;</li>
 * <li>{@code CANCELLATION}: the signal {@link McpRequestGuard} registered for this
 * JSON-RPC request, or {@link CancellationSignal#NEVER} when there is none.</li>
 * </ul>
 */
public final class HttpTransportContextExtractor {

	/** Transport name of the stateful streamable-HTTP endpoint. */
	public static final String STREAMABLE = "http";

	/** Transport name of the stateless HTTP endpoint. */
	public static final String STATELESS = "http-stateless";

	// the session factory takes the context of initialize from here: the SDK (2.1.0) does not
	// pass it on (McpRequestGuard clears what is left when the request is done)
	private static final ThreadLocal<McpTransportContext> CURRENT = new ThreadLocal<>();

	private final String transportName;

	public HttpTransportContextExtractor(String transportName) {
		this.transportName = transportName;
	}

	public McpTransportContext extract(HttpExchange exchange) {
		McpTransportContext context = new HttpContext(transportName, exchange.headers(), exchange.remoteAddress(),
				exchange.principal != null ? exchange.principal : exchange.containerPrincipal(),
				exchange.cancellation != null ? exchange.cancellation : CancellationSignal.NEVER);
		// only the streamable session factory takes it, for initialize (any other, or an
		// unknown method, is kept too: the guard clears it when the request is done)
		String method = exchange.jsonRpcMethod;
		if (method == null || "initialize".equals(method)) {
			CURRENT.set(context);
		}
		return context;
	}

	/** The context's values as fields: no map built and copied per request. */
	private record HttpContext(String transport, Map<String, List<String>> headers, String remoteAddress,
			Principal principal, CancellationSignal cancellation) implements McpTransportContext {

		@Override
		public Object get(String key) {
			if (key == null) {
				return null;
			}
			return switch (key) {
				case TransportAttributes.TRANSPORT -> transport;
				case TransportAttributes.HEADERS -> headers;
				case TransportAttributes.REMOTE_ADDRESS -> remoteAddress;
				case TransportAttributes.PRINCIPAL -> principal;
				case TransportAttributes.CANCELLATION -> cancellation;
				default -> null;
			};
		}

		/** Without the headers: they may carry credentials. */
		@Override
		public String toString() {
			return "HttpTransportContext[transport=" + transport + ", remoteAddress=" + remoteAddress + "]";
		}

	}

	/** The context last extracted on this thread, forgotten once taken; empty when there is none. */
	public static McpTransportContext takeCurrent() {
		McpTransportContext context = CURRENT.get();
		CURRENT.remove();
		return context == null ? McpTransportContext.EMPTY : context;
	}

}
