package dev.mcpforge.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.InterceptorChain;
import io.modelcontextprotocol.spec.McpClientTransport;

/**
 * An MCP server: a set of tools, resources and prompts that can be served over stdio, over
 * streamable HTTP on embedded Jetty, as a servlet in your own container, or in memory — several
 * at once. Tools, resources and prompts can be added and removed while serving; connected
 * clients get list-changed notifications.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     McpServer.builder()
 *         .name("hello").version("1.0.0")
 *         .tool("echo", "Echoes the message back", EchoArgs.class, (a, ctx) -> a.message())
 *         .build()
 *         .run(args); // stdio; --http [--port N] for streamable HTTP
 * }
 * }</pre>
 */
public interface McpServer extends AutoCloseable {

	/** Starts describing a server. */
	static McpServerBuilder builder() {
		return new McpServerBuilder();
	}

	String name();

	String version();

	/** The tools as clients see them, in registration order. */
	List<ToolDefinition> tools();

	List<ResourceDefinition> resources();

	List<ResourceTemplateDefinition> resourceTemplates();

	List<PromptDefinition> prompts();

	/** The interceptors every request runs through, in order; {@code toString()} prints them. */
	InterceptorChain interceptors();

	/**
	 * Adds (or replaces) a tool while serving.
	 * @throws IllegalArgumentException if the spec is incomplete (e.g. no description)
	 */
	void addTool(ToolSpec tool);

	/** Removes a tool; returns whether it existed. */
	boolean removeTool(String name);

	void addResource(ResourceSpec resource);

	boolean removeResource(String uri);

	void addPrompt(PromptSpec prompt);

	boolean removePrompt(String name);

	/** Tells clients subscribed to {@code uri} that it changed. */
	void notifyResourceUpdated(String uri);

	/** Serves one client over this process's stdin/stdout; stdout is reserved for protocol. */
	ServerHandle serveStdio();

	/** Serves one client over the given streams (newline-delimited JSON-RPC). */
	ServerHandle serveStdio(InputStream in, OutputStream out);

	/** Serves streamable HTTP on embedded Jetty with default {@link HttpOptions}. */
	default HttpServerHandle serveHttp() {
		return serveHttp(options -> {
		});
	}

	/** Serves streamable HTTP on embedded Jetty. */
	HttpServerHandle serveHttp(Consumer<HttpOptions> options);

	/**
	 * A servlet serving this server's MCP endpoint, for mounting in an existing servlet
	 * application. Register it with async support and map it to {@link HttpOptions#path()}:
	 * <pre>{@code
	 * ServletHolder holder = new ServletHolder(server.servlet(o -> o.path("/mcp")));
	 * holder.setAsyncSupported(true);
	 * context.addServlet(holder, "/mcp");
	 * }</pre>
	 * Host/port options do not apply; DNS-rebinding protection and the error handling do.
	 */
	jakarta.servlet.http.HttpServlet servlet(Consumer<HttpOptions> options);

	/**
	 * A client-side transport connected to this server in memory: no port, no process, the full
	 * protocol (for tests and embedding). Each call opens a new session.
	 */
	default McpClientTransport connectInMemory() {
		return connectInMemory(java.util.Map.of());
	}

	/**
	 * Like {@link #connectInMemory()}, for a client that presents these headers (e.g.
	 * {@code X-API-Key} or {@code Authorization}) to the server's authenticator, once, when it
	 * connects. Without an authenticator the headers are only visible to handlers as
	 * {@code ctx.headers()}. A connection whose credentials are refused gets a JSON-RPC error
	 * (-32000, "Unauthorized: ...") for every request, {@code initialize} included.
	 */
	McpClientTransport connectInMemory(java.util.Map<String, java.util.List<String>> headers);

	/**
	 * Serves according to command-line arguments and blocks until done: stdio by default;
	 * {@code --http} for streamable HTTP, with {@code --port N} (default 8080),
	 * {@code --host H} (default 127.0.0.1) and {@code --stateless}. {@code --training-run} serves one
	 * short session over stdio and one over HTTP (an ephemeral port), {@code initialize} and the lists
	 * only, and returns: run once under {@code -XX:ArchiveClassesAtExit=app.jsa}, it records the
	 * classes a start loads, and {@code -XX:SharedArchiveFile=app.jsa} then starts the server in
	 * about two thirds of the time (docs/server.md, "Start-up").
	 * @throws UsageException for an unknown or malformed argument (an {@code IllegalArgumentException}
	 *     without a stack trace: a {@code main} that lets it escape prints one line)
	 */
	void run(String... args);

	/**
	 * Like {@link #run(String...)}, with HTTP options of your own (extra routes such as
	 * {@code /metrics}, allowed origins, ...) applied before the command line's host, port and
	 * {@code --stateless}; ignored for stdio.
	 */
	void run(java.util.function.Consumer<HttpOptions> httpOptions, String... args);

	/** Stops serving on every transport. */
	@Override
	void close();

}
