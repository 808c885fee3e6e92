package dev.mcpforge.server.internal.http;

import java.security.Principal;
import java.util.HashMap;
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
		Map<String, Object> values = new HashMap<>(8);
		values.put(TransportAttributes.TRANSPORT, transportName);
		values.put(TransportAttributes.HEADERS, exchange.headers());
		String remote = exchange.remoteAddress();
		if (remote != null) {
			values.put(TransportAttributes.REMOTE_ADDRESS, remote);
		}
		Principal principal = exchange.principal != null ? exchange.principal : exchange.containerPrincipal();
		if (principal != null) {
			values.put(TransportAttributes.PRINCIPAL, principal);
		}
		values.put(TransportAttributes.CANCELLATION,
				exchange.cancellation != null ? exchange.cancellation : CancellationSignal.NEVER);
		McpTransportContext context = McpTransportContext.create(values);
		// only the streamable session factory takes it, for initialize (any other, or an
		// unknown method, is kept too: the guard clears it when the request is done)
		String method = exchange.jsonRpcMethod;
		if (method == null || "initialize".equals(method)) {
			CURRENT.set(context);
		}
		return context;
	}

	/** The context last extracted on this thread, forgotten once taken; empty when there is none. */
	public static McpTransportContext takeCurrent() {
		McpTransportContext context = CURRENT.get();
		CURRENT.remove();
		return context == null ? McpTransportContext.EMPTY : context;
	}

}
