package dev.mcpforge.server;

import java.net.URI;

/** A server serving streamable HTTP on embedded Jetty. */
public interface HttpServerHandle extends ServerHandle {

	/** The port bound (useful with port 0). */
	int port();

	/** The MCP endpoint, e.g. {@code http://127.0.0.1:8080/mcp}. */
	URI endpoint();

}
