package dev.mcpforge.server.internal.http;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.mcpforge.server.internal.CancellationSignal;
import dev.mcpforge.server.internal.TransportAttributes;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Builds the per-request {@link McpTransportContext} for the SDK's servlet transports
 * (pass it to their builders' {@code contextExtractor(..)}). The context holds, under the
 * keys of {@link TransportAttributes}:
 * <ul>
 * <li>{@code TRANSPORT}: the name given to the constructor ({@code "http"} or
 * {@code "http-stateless"});</li>
 * <li>{@code HEADERS}: all request headers, names in lower case, values in order;</li>
 * <li>{@code REMOTE_ADDRESS}: the client's address, when known;</li>
 * <li>{@code PRINCIPAL}: the principal {@link McpRequestGuard}'s authenticator verified, else
 * {@link HttpServletRequest#getUserPrincipal()}, when not null;</li>
 * <li>{@code CANCELLATION}: the signal {@link McpRequestGuard} registered for this
 * JSON-RPC request, or {@link CancellationSignal#NEVER} when there is none.</li>
 * </ul>
 */
public final class HttpTransportContextExtractor implements McpTransportContextExtractor<HttpServletRequest> {

	/** Transport name of the stateful streamable-HTTP servlet. */
	public static final String STREAMABLE = "http";

	/** Transport name of the stateless HTTP servlet. */
	public static final String STATELESS = "http-stateless";

	// the SDK's servlet (2.1.0) does not pass the context on to initialize, which it handles on
	// the thread that extracted it: the session factory takes it from here (McpRequestGuard
	// clears what is left when the request is done)
	private static final ThreadLocal<McpTransportContext> CURRENT = new ThreadLocal<>();

	private final String transportName;

	public HttpTransportContextExtractor(String transportName) {
		this.transportName = transportName;
	}

	@Override
	public McpTransportContext extract(HttpServletRequest request) {
		Map<String, Object> values = new HashMap<>(8);
		values.put(TransportAttributes.TRANSPORT, transportName);
		values.put(TransportAttributes.HEADERS, headers(request));
		String remote = request.getRemoteAddr();
		if (remote != null) {
			values.put(TransportAttributes.REMOTE_ADDRESS, remote);
		}
		Object verified = request.getAttribute(HttpRequestAttributes.PRINCIPAL);
		Principal principal = verified instanceof Principal p ? p : request.getUserPrincipal();
		if (principal != null) {
			values.put(TransportAttributes.PRINCIPAL, principal);
		}
		Object signal = request.getAttribute(HttpRequestAttributes.CANCELLATION);
		values.put(TransportAttributes.CANCELLATION,
				signal instanceof CancellationSignal s ? s : CancellationSignal.NEVER);
		McpTransportContext context = McpTransportContext.create(values);
		// only the streamable session factory takes it, for initialize (any other, or an
		// unknown method, is kept too: the filter clears it when the request is done)
		Object method = request.getAttribute(HttpRequestAttributes.JSONRPC_METHOD);
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

	/** All headers, lower-case names, unmodifiable. */
	static Map<String, List<String>> headers(HttpServletRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>(32);
		Enumeration<String> names = request.getHeaderNames();
		while (names != null && names.hasMoreElements()) {
			String name = names.nextElement();
			String key = name.toLowerCase(Locale.ROOT);
			List<String> values = values(request.getHeaders(name));
			List<String> before = headers.putIfAbsent(key, values);
			if (before != null) {
				// the same name twice in different cases (containers usually merge them already)
				List<String> both = new ArrayList<>(before);
				both.addAll(values);
				headers.put(key, List.copyOf(both));
			}
		}
		return Collections.unmodifiableMap(headers);
	}

	/** The values in order, as an immutable list; one value (the usual case) without a copy. */
	private static List<String> values(Enumeration<String> each) {
		if (each == null || !each.hasMoreElements()) {
			return List.of();
		}
		String first = each.nextElement();
		if (!each.hasMoreElements()) {
			return first == null ? Collections.singletonList(null) : List.of(first);
		}
		List<String> values = new ArrayList<>(4);
		values.add(first);
		while (each.hasMoreElements()) {
			values.add(each.nextElement());
		}
		return List.copyOf(values);
	}

}
