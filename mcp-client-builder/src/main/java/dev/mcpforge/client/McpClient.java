package dev.mcpforge.client;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * A connected MCP client. Calls return SDK result types, or throw one of three exceptions:
 * {@link ToolCallException} (the tool ran and reported an error), {@link McpProtocolException}
 * (a JSON-RPC error, e.g. an unknown tool) or {@link McpTransportException} (unreachable, broken
 * connection, timeout).
 *
 * <pre>{@code
 * try (McpClient client = McpClient.builder().http("http://127.0.0.1:8080/mcp").build()) {
 *     Forecast forecast = client.call("forecast", new ForecastArgs("Oslo", 3), Forecast.class);
 * }
 * }</pre>
 */
public interface McpClient extends AutoCloseable {

	static McpClientBuilder builder() {
		return new McpClientBuilder();
	}

	/** What the server said about itself at {@code initialize}. */
	McpSchema.Implementation serverInfo();

	McpSchema.ServerCapabilities serverCapabilities();

	/** The server's tools; cached, and refreshed when the server announces a change. */
	List<McpSchema.Tool> tools();

	/**
	 * Calls a tool. {@code arguments} is a map, a record or any bean Jackson can turn into a JSON
	 * object, or {@code null}.
	 * @throws ToolCallException if the tool reported an error
	 */
	McpSchema.CallToolResult call(String tool, Object arguments);

	/**
	 * Calls a tool and maps its result to {@code resultType}: structured content when there is
	 * some, otherwise the text (as a {@code String}, or parsed as JSON).
	 */
	<T> T call(String tool, Object arguments, Class<T> resultType);

	McpSchema.ReadResourceResult read(String uri);

	McpSchema.GetPromptResult prompt(String name, Map<String, String> arguments);

	void ping();

	/** Where calls go: one endpoint, or several for a balanced client. */
	List<EndpointStatus> endpoints();

	/** The SDK client underneath, for what this interface does not cover. */
	McpSyncClient sdk();

	/** Closes gracefully: a stdio server process is stopped, an HTTP session deleted. */
	@Override
	void close();

}
