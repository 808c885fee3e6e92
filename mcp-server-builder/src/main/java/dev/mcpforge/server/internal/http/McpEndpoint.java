package dev.mcpforge.server.internal.http;

import java.io.IOException;

import io.modelcontextprotocol.spec.McpSchema;
import reactor.core.publisher.Mono;

/**
 * mcpforge's own MCP transport behind {@link McpRequestGuard}: the guard has checked the
 * request (method, Host/Origin, credentials, media type, size, one well-formed JSON-RPC
 * message) and hands over the message it parsed, so nothing is parsed twice and no request or
 * response wrapper sits in between. Implementations answer every error themselves with
 * {@link McpRequestGuard#reject}. Implemented by {@link StreamableEndpoint} (stateful) and
 * {@link StatelessEndpoint}; both implement the SDK's transport SPI on the other side.
 */
public interface McpEndpoint {

	/** Transport name in the {@code McpTransportContext} ({@code "http"} or {@code "http-stateless"}). */
	String transportName();

	/** A POSTed message, checked and parsed by the guard. */
	void post(HttpExchange exchange, McpSchema.JSONRPCMessage message) throws IOException;

	/**
	 * A GET (a server-to-client stream) or a DELETE. {@code streamOpened} is run once a stream is
	 * kept open ({@link HttpExchange#keepOpen()}) and ready to carry the server's messages, while
	 * none is being written to it.
	 */
	void other(HttpExchange exchange, Runnable streamOpened) throws IOException;

	/** Closes all sessions; new requests are refused meanwhile. */
	Mono<Void> closeGracefully();

}
