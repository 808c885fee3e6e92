package dev.mcpforge.server.internal.http;

import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;

/**
 * Builders of the SDK's servlet transports, pre-set to work behind
 * {@link JsonRpcErrorFilter}: same endpoint as the options, same body limit, and the
 * {@link HttpTransportContextExtractor} that turns the filter's findings into the
 * {@code McpTransportContext}. Further SDK settings ({@code keepAliveInterval},
 * {@code sessionSweepInterval}, {@code jsonMapper}, ...) can be added before
 * {@code build()}. Host/Origin checks are done by the filter, so the SDK's validators are
 * left at their no-op defaults.
 */
public final class HttpTransports {

	private HttpTransports() {
	}

	/** Stateful streamable HTTP (sessions, SSE), transport name {@code "http"}. */
	public static HttpServletStreamableServerTransportProvider.Builder streamable(HttpServingOptions options) {
		return HttpServletStreamableServerTransportProvider.builder()
			.mcpEndpoint(options.endpoint())
			.maxRequestSize(options.maxRequestBytes())
			.contextExtractor(new HttpTransportContextExtractor(HttpTransportContextExtractor.STREAMABLE));
	}

	/** Stateless HTTP (POST only, JSON responses), transport name {@code "http-stateless"}. */
	public static HttpServletStatelessServerTransport.Builder stateless(HttpServingOptions options) {
		return HttpServletStatelessServerTransport.builder()
			.messageEndpoint(options.endpoint())
			.maxRequestSize(options.maxRequestBytes())
			.contextExtractor(new HttpTransportContextExtractor(HttpTransportContextExtractor.STATELESS));
	}

}
