package dev.mcpforge.benchmarks.load;

import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.middleware.Middleware;
import dev.mcpforge.server.McpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The two servers the load runner compares, each exposing the same {@code echo} tool:
 * {@code mcpforge} (the framework with validation and a metrics interceptor) and {@code sdk} (the raw MCP Java SDK wired
 * by hand on the same Jetty). Run as a child process:
 * {@code EchoServers <mcpforge|mcpforge-servlet|sdk> <http|http-stateless|stdio> <port>}
 * ({@code mcpforge-servlet}: the same server mounted as a servlet, HTTP only). Also starts the non-MCP
 * ceilings: {@code line-echo} (stdio), {@code jetty-servlet} and {@code jetty-core} (HTTP).
 */
public final class EchoServers {

	record Echo(String message) {
	}

	private static final Map<String, Object> ECHO_SCHEMA = Map.of("type", "object", "properties",
			Map.of("message", Map.of("type", "string")), "additionalProperties", false);

	private EchoServers() {
	}

	public static void main(String[] args) throws Exception {
		String impl = args[0];
		String transport = args[1];
		int port = args.length > 2 ? Integer.parseInt(args[2]) : 0;
		switch (impl) {
			case "mcpforge" -> mcpforge(transport, port);
			case "mcpforge-servlet" -> serve(echoServer().servlet(o -> o.path("/mcp").stateless(!transport.equals("http"))), port);
			case "sdk" -> sdk(transport, port);
			case "line-echo" -> LineEchoServer.serve(System.in, System.out);
			case "jetty-servlet" -> JettyEchoServer.serve(true, port);
			case "jetty-core" -> JettyEchoServer.serve(false, port);
			default -> throw new IllegalArgumentException("unknown server " + impl);
		}
	}

	/** The default chain of the target: argument validation (always on) plus metrics. */
	private static McpServer echoServer() {
		return McpServer.builder()
			.name("echo")
			.tool("echo", "Echoes the message", Echo.class, (args, ctx) -> args.message())
			.intercept(Middleware.metrics(new SimpleMeterRegistry()))
			.build();
	}

	private static void mcpforge(String transport, int port) {
		McpServer server = echoServer();
		switch (transport) {
			case "stdio" -> server.run();
			case "http" -> server.run("--http", "--port", String.valueOf(port));
			default -> server.run("--http", "--port", String.valueOf(port), "--stateless");
		}
	}

	private static McpSchema.CallToolResult echo(McpSchema.CallToolRequest request) {
		return McpSchema.CallToolResult.builder().addTextContent(String.valueOf(request.arguments().get("message"))).build();
	}

	private static void sdk(String transport, int port) throws Exception {
		McpSchema.Tool tool = McpSchema.Tool.builder("echo", ECHO_SCHEMA).description("Echoes the message").build();
		switch (transport) {
			case "stdio" -> io.modelcontextprotocol.server.McpServer
				.sync(new StdioServerTransportProvider(McpJsonDefaults.getMapper()))
				.serverInfo("echo", "1.0.0")
				.tools(new McpServerFeatures.SyncToolSpecification(tool, (exchange, request) -> echo(request)))
				.build();
			case "http" -> {
				var provider = HttpServletStreamableServerTransportProvider.builder().mcpEndpoint("/mcp").build();
				io.modelcontextprotocol.server.McpServer.sync(provider)
					.serverInfo("echo", "1.0.0")
					.tools(new McpServerFeatures.SyncToolSpecification(tool, (exchange, request) -> echo(request)))
					.build();
				serve(provider, port);
			}
			default -> {
				var stateless = HttpServletStatelessServerTransport.builder().messageEndpoint("/mcp").build();
				io.modelcontextprotocol.server.McpServer.sync(stateless)
					.serverInfo("echo", "1.0.0")
					.tools(new McpStatelessServerFeatures.SyncToolSpecification(tool, (ctx, request) -> echo(request)))
					.build();
				serve(stateless, port);
			}
		}
	}

	/**
	 * A servlet on a plain Jetty, async-supported: the raw SDK's, as its documentation wires it, or
	 * mcpforge's {@code McpServer.servlet(..)}, as an application that mounts it does.
	 */
	private static void serve(jakarta.servlet.http.HttpServlet servlet, int port) throws Exception {
		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		jetty.addConnector(connector);
		ServletContextHandler context = new ServletContextHandler("/");
		ServletHolder holder = new ServletHolder(servlet);
		holder.setAsyncSupported(true);
		context.addServlet(holder, "/mcp");
		jetty.setHandler(context);
		jetty.start();
		jetty.join();
	}

	/** The options of {@code load.serverJvmArgs}, {@code %s} replaced by {@code impl}. */
	static List<String> serverJvmArgs(String impl) {
		List<String> args = new java.util.ArrayList<>();
		String extra = System.getProperty("load.serverJvmArgs", "").trim();
		if (!extra.isEmpty()) {
			for (String arg : extra.split("\\s+")) {
				args.add(arg.replace("%s", impl));
			}
		}
		return args;
	}

	/**
	 * The hello-server as its README starts it: through the launcher the build puts beside its jar
	 * ({@code target/hello-server}, with that script's own JVM options and class-data archive), on this
	 * runner's JVM ({@code JAVA_HOME}), with {@code load.serverJvmArgs} as {@code JAVA_OPTS}.
	 */
	static List<String> launcherCommand(String helloJar, String impl, List<String> serverArgs) {
		String launcher = helloJar.replaceFirst("\\.jar$", "");
		if (!new java.io.File(launcher).canExecute()) {
			throw new IllegalArgumentException("no launcher at " + launcher
					+ " (the build writes it beside the jar: mvn -B -q package -DskipTests -pl examples/hello-server -am)");
		}
		List<String> command = new java.util.ArrayList<>(List.of("env", "JAVA_HOME=" + System.getProperty("java.home"),
				"JAVA_OPTS=" + String.join(" ", serverJvmArgs(impl)), launcher));
		command.addAll(serverArgs);
		return command;
	}

	/** The hello-server's command-line arguments for a transport. */
	static List<String> helloArgs(String transport, int port) {
		List<String> args = new java.util.ArrayList<>();
		if (!transport.equals("stdio")) {
			args.addAll(List.of("--http", "--port", String.valueOf(port)));
		}
		if (transport.equals("http-stateless")) {
			args.add("--stateless");
		}
		return args;
	}

	/**
	 * The server's command line. Extra JVM options for both servers (e.g. a flight recording:
	 * {@code -Dload.serverJvmArgs="-XX:StartFlightRecording=filename=/tmp/%s.jfr"}, where
	 * {@code %s} becomes the implementation's name) come from the system property
	 * {@code load.serverJvmArgs}, split at spaces.
	 */
	static List<String> command(String javaBin, String jar, String impl, String transport, int port) {
		List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-Xmx512m"));
		command.addAll(serverJvmArgs(impl));
		command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", jar,
				EchoServers.class.getName(), impl, transport, String.valueOf(port)));
		return command;
	}

}
