package dev.mcpforge.server.internal.http;

/**
 * Servlet request attributes through which {@link McpRequestGuard} hands what it learned
 * from the body to {@link HttpTransportContextExtractor} (the SDK servlet calls the
 * extractor with the same request object, after the filter ran).
 */
public final class HttpRequestAttributes {

	/** JSON-RPC id of the POSTed message ({@code Long} or {@code String}); absent for notifications. */
	public static final String JSONRPC_ID = "dev.mcpforge.http.jsonrpc.id";

	/** JSON-RPC method of the POSTed message ({@code String}); absent for responses. */
	public static final String JSONRPC_METHOD = "dev.mcpforge.http.jsonrpc.method";

	/** {@link dev.mcpforge.server.internal.CancellationSignal} of the POSTed JSON-RPC request. */
	public static final String CANCELLATION = "dev.mcpforge.http.cancellation";

	/** {@link dev.mcpforge.core.security.McpPrincipal} the filter's authenticator verified. */
	public static final String PRINCIPAL = "dev.mcpforge.http.principal";

	private HttpRequestAttributes() {
	}

}
