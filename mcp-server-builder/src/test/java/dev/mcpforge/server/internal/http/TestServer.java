package dev.mcpforge.server.internal.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import dev.mcpforge.server.internal.CancellationSignal;
import dev.mcpforge.server.internal.TransportAttributes;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Tool;

/**
 * The SDK's real MCP server (stateful or stateless) with a few test tools, on mcpforge's own
 * transport ({@link StreamableEndpoint} / {@link StatelessEndpoint}) served by
 * {@link JettyMcpServer} on an ephemeral port of 127.0.0.1.
 *
 * <p>
 * Tools: {@code echo {text}}, {@code boom} (throws {@code RuntimeException("boom secret")}),
 * {@code slow {millis}}, {@code await_cancel} (waits up to 10 s for its
 * {@link CancellationSignal}), {@code whoami} (reports the transport context); stateful
 * only: {@code progress} (a progress notification, then the result 1.5 s later).
 */
final class TestServer implements AutoCloseable {

	static final Map<String, Object> TEXT_SCHEMA = Map.of("type", "object", "properties",
			Map.of("text", Map.of("type", "string")), "required", List.of("text"));

	static final Map<String, Object> MILLIS_SCHEMA = Map.of("type", "object", "properties",
			Map.of("millis", Map.of("type", "integer")));

	static final Map<String, Object> NO_ARGS = Map.of("type", "object", "properties", Map.of());

	/**
	 * True in the build's second run of these tests ({@code servlet-layer} in the pom): the endpoint
	 * is then served through {@link McpHttpServlet}, as in an application that mounts it, instead
	 * of on Jetty's core API.
	 */
	static final boolean SERVLET_LAYER = Boolean.getBoolean("mcpforge.test.servletLayer");

	/** Counted down each time {@code await_cancel} starts waiting. */
	final CountDownLatch awaitCancelStarted = new CountDownLatch(1);

	/** The signals {@code await_cancel} saw, in order. */
	final List<CancellationSignal> seenSignals = new java.util.concurrent.CopyOnWriteArrayList<>();

	final JettyMcpServer jetty;

	/** The stateful endpoint (null when stateless), to send server-initiated messages. */
	final StreamableEndpoint streamable;

	final int port;

	private final Runnable mcpServerCloser;

	private TestServer(boolean stateless, HttpServingOptions options, Consumer<JettyMcpServer.Builder> customizer)
			throws Exception {
		JettyMcpServer.Builder builder = JettyMcpServer.builder().options(options).servletLayer(SERVLET_LAYER);
		if (stateless) {
			StatelessEndpoint transport = new StatelessEndpoint();
			List<McpStatelessServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
			tools().forEach((tool, logic) -> specs.add(new McpStatelessServerFeatures.SyncToolSpecification(tool,
					(ctx, req) -> logic.apply(ctx, req.arguments()))));
			McpStatelessSyncServer server = McpServer.sync(transport)
				.serverInfo("t", "1")
				.capabilities(ServerCapabilities.builder().tools(true).logging().build())
				.tools(specs)
				.build();
			this.mcpServerCloser = server::close;
			this.streamable = null;
			builder.transport(transport);
		}
		else {
			StreamableEndpoint provider = new StreamableEndpoint();
			List<McpServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
			tools().forEach((tool, logic) -> specs.add(McpServerFeatures.SyncToolSpecification.builder()
				.tool(tool)
				.callHandler((exchange, req) -> logic.apply(exchange.transportContext(), req.arguments()))
				.build()));
			// stateful only: a notification first, the result 1.5 s later (checks SSE is not buffered)
			specs.add(McpServerFeatures.SyncToolSpecification.builder()
				.tool(Tool.builder("progress", NO_ARGS).description("Reports progress, then finishes").build())
				.callHandler((exchange, req) -> {
					Object token = req.meta() != null ? req.meta().get("progressToken") : null;
					exchange.progressNotification(
							McpSchema.ProgressNotification.builder(token != null ? token : "none", 0.5).total(1.0).build());
					try {
						Thread.sleep(1500);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return text("done");
				})
				.build());
			McpSyncServer server = McpServer.sync(provider)
				.serverInfo("t", "1")
				.capabilities(ServerCapabilities.builder().tools(true).logging().build())
				.tools(specs)
				.build();
			this.mcpServerCloser = server::close;
			this.streamable = provider;
			builder.transport(provider);
		}
		customizer.accept(builder);
		this.jetty = builder.build();
		this.port = jetty.start();
	}

	static TestServer stateful() throws Exception {
		return new TestServer(false, HttpServingOptions.defaults(), b -> {
		});
	}

	static TestServer stateful(HttpServingOptions options, Consumer<JettyMcpServer.Builder> customizer)
			throws Exception {
		return new TestServer(false, options, customizer);
	}

	static TestServer stateless() throws Exception {
		return new TestServer(true, HttpServingOptions.defaults(), b -> {
		});
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** An SDK client for this server; close it with {@code closeGracefully()}. */
	McpSyncClient client() {
		HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(baseUrl())
			.endpoint("/mcp")
			.build();
		return McpClient.sync(transport)
			.clientInfo(McpSchema.Implementation.builder("test-client", "1").build())
			.requestTimeout(Duration.ofSeconds(20))
			.build();
	}

	@Override
	public void close() {
		jetty.stop();
		mcpServerCloser.run();
	}

	private Map<Tool, BiFunction<McpTransportContext, Map<String, Object>, CallToolResult>> tools() {
		Map<Tool, BiFunction<McpTransportContext, Map<String, Object>, CallToolResult>> tools = new java.util.LinkedHashMap<>();
		tools.put(Tool.builder("echo", TEXT_SCHEMA).description("Echoes text").build(),
				(ctx, args) -> text("echo: " + args.get("text")));
		tools.put(Tool.builder("boom", NO_ARGS).description("Always fails").build(), (ctx, args) -> {
			throw new RuntimeException("boom secret");
		});
		tools.put(Tool.builder("slow", MILLIS_SCHEMA).description("Sleeps").build(), (ctx, args) -> {
			long millis = args.get("millis") instanceof Number n ? n.longValue() : 1000;
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return text("interrupted");
			}
			return text("slept " + millis);
		});
		tools.put(Tool.builder("await_cancel", NO_ARGS).description("Waits for cancellation").build(),
				(ctx, args) -> {
					CancellationSignal signal = (CancellationSignal) ctx.get(TransportAttributes.CANCELLATION);
					seenSignals.add(signal);
					CountDownLatch cancelled = new CountDownLatch(1);
					signal.onCancel(cancelled::countDown);
					awaitCancelStarted.countDown();
					try {
						cancelled.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return text(signal.isCancelled() ? "cancelled: " + signal.reason() : "not cancelled");
				});
		tools.put(Tool.builder("whoami", NO_ARGS).description("Reports the transport context").build(),
				(ctx, args) -> {
					@SuppressWarnings("unchecked")
					Map<String, List<String>> headers = (Map<String, List<String>>) ctx
						.get(TransportAttributes.HEADERS);
					Object signal = ctx.get(TransportAttributes.CANCELLATION);
					return text("transport=" + ctx.get(TransportAttributes.TRANSPORT) + " remote="
							+ ctx.get(TransportAttributes.REMOTE_ADDRESS) + " x-test=" + headers.get("x-test")
							+ " principal=" + ctx.get(TransportAttributes.PRINCIPAL) + " signal="
							+ (signal == CancellationSignal.NEVER ? "never" : signal == null ? "none" : "live"));
				});
		return tools;
	}

	private static CallToolResult text(String s) {
		return CallToolResult.builder().addTextContent(s).build();
	}

}
