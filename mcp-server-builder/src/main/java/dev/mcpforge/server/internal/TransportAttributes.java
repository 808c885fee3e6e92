package dev.mcpforge.server.internal;

/**
 * Keys under which mcpforge's transports put per-request facts into the SDK's
 * {@link io.modelcontextprotocol.common.McpTransportContext}. Handlers read them through
 * {@code McpContext}; nothing outside this module should use the raw keys.
 */
public final class TransportAttributes {

	/** {@link CancellationSignal} of the request being handled. */
	public static final String CANCELLATION = "mcpforge.cancellation";

	/** {@code Map<String, List<String>>} of HTTP request headers, names in lower case. */
	public static final String HEADERS = "mcpforge.headers";

	/** {@link java.security.Principal} of the caller, when the transport knows one. */
	public static final String PRINCIPAL = "mcpforge.principal";

	/** {@code String} remote address of the caller, when the transport knows one. */
	public static final String REMOTE_ADDRESS = "mcpforge.remoteAddress";

	/** {@code String} name of the transport: "stdio", "http", "http-stateless", "in-memory". */
	public static final String TRANSPORT = "mcpforge.transport";

	private TransportAttributes() {
	}

}
