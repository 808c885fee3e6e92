/**
 * mcpforge's streamable-HTTP serving layer: its own transports implementing the MCP Java SDK's
 * transport SPI, on embedded Jetty 12 (its core {@code Handler} API) or in any servlet container.
 *
 * <p>The path of a request: {@link dev.mcpforge.server.internal.http.McpHandler} (embedded) or
 * {@link dev.mcpforge.server.internal.http.McpHttpServlet} (mounted), each wrapping it in an
 * {@link dev.mcpforge.server.internal.http.HttpExchange} →
 * {@link dev.mcpforge.server.internal.http.McpRequestGuard} (method, Host/Origin, credentials,
 * media type, size, one parse and check of the JSON-RPC message) →
 * {@link dev.mcpforge.server.internal.http.McpEndpoint}
 * ({@link dev.mcpforge.server.internal.http.StreamableEndpoint} or
 * {@link dev.mcpforge.server.internal.http.StatelessEndpoint}) → the SDK's session or stateless
 * handler, with the {@code McpTransportContext} from
 * {@link dev.mcpforge.server.internal.http.HttpTransportContextExtractor}.
 * {@link dev.mcpforge.server.internal.http.JettyMcpServer} is the embedded server with health
 * probes and graceful stop.
 *
 * <pre>{@code
 * HttpServingOptions options = HttpServingOptions.defaults();
 * var endpoint = new StreamableEndpoint();
 * McpSyncServer mcp = McpServer.sync(endpoint).serverInfo("name", "1.0").tools(...).build();
 * JettyMcpServer http = JettyMcpServer.builder().options(options).transport(endpoint).build();
 * int port = http.start();
 * ...
 * http.stop();
 * }</pre>
 */
package dev.mcpforge.server.internal.http;
