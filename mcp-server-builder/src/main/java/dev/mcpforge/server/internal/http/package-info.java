/**
 * mcpforge's streamable-HTTP serving layer over the MCP Java SDK's servlet transports, on
 * embedded Jetty 12 (ee10).
 *
 * <ul>
 * <li>{@link dev.mcpforge.server.internal.http.HttpServingOptions}: endpoint, body limit,
 * Host/Origin allow-lists.</li>
 * <li>{@link dev.mcpforge.server.internal.http.HttpTransports}: SDK transport builders
 * pre-set for this layer (endpoint, limit, context extractor).</li>
 * <li>{@link dev.mcpforge.server.internal.http.JsonRpcErrorFilter}: validates input and
 * turns every error into a clean JSON-RPC envelope; tracks cancellation.</li>
 * <li>{@link dev.mcpforge.server.internal.http.HttpTransportContextExtractor}: fills the
 * SDK's {@code McpTransportContext}.</li>
 * <li>{@link dev.mcpforge.server.internal.http.McpServletMount}: servlet + filter into a
 * {@code ServletContextHandler}.</li>
 * <li>{@link dev.mcpforge.server.internal.http.JettyMcpServer}: the embedded server with
 * health probes and graceful stop.</li>
 * </ul>
 *
 * Typical wiring:
 *
 * <pre>{@code
 * HttpServingOptions options = HttpServingOptions.defaults();
 * var provider = HttpTransports.streamable(options).build();
 * McpSyncServer mcp = McpServer.sync(provider).serverInfo("name", "1.0").tools(...).build();
 * JettyMcpServer http = JettyMcpServer.builder().options(options).transport(provider).build();
 * int port = http.start();
 * ...
 * http.stop();
 * }</pre>
 */
package dev.mcpforge.server.internal.http;
