package dev.mcpforge.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.ListPromptsResult;
import io.modelcontextprotocol.spec.McpSchema.ListResourceTemplatesResult;
import io.modelcontextprotocol.spec.McpSchema.ListResourcesResult;
import io.modelcontextprotocol.spec.McpSchema.ListToolsResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.internal.JsonValues;
import dev.mcpforge.testing.internal.RecordingTransport;

/**
 * An MCP client for tests: connected to a server in memory (the full protocol, every message
 * round-tripped through JSON), with scripted sampling, elicitation and roots, and a record of
 * every notification received. Calls block and return the SDK's result types; protocol errors
 * are thrown as {@link io.modelcontextprotocol.spec.McpError}.
 *
 * <pre>{@code
 * try (McpTestClient client = McpTestClient.connect(server)) {
 *     CallToolResult result = client.callTool("add", Map.of("a", 2, "b", 40));
 *     assertThat(result).isSuccess().hasText("42");
 * }
 * }</pre>
 *
 * With {@link McpServerTest} a connected client is injected into your tests instead.
 */
public final class McpTestClient implements AutoCloseable {

	private final McpSyncClient client;

	private final ReceivedNotifications notifications = new ReceivedNotifications();

	private final SamplingResponder sampling;

	private final ElicitationResponder elicitation;

	private final RootsResponder roots;

	private final boolean progressTokens;

	private final AtomicLong calls = new AtomicLong();

	private final McpSchema.InitializeResult initializeResult;

	McpTestClient(McpClientTransport transport, McpSchema.Implementation clientInfo, Duration requestTimeout,
			McpSchema.LoggingLevel loggingLevel, boolean progressTokens, SamplingResponder sampling,
			ElicitationResponder elicitation, RootsResponder roots) {
		this.sampling = sampling;
		this.elicitation = elicitation;
		this.roots = roots;
		this.progressTokens = progressTokens;
		McpSchema.ClientCapabilities.Builder capabilities = McpSchema.ClientCapabilities.builder();
		McpClient.SyncSpec spec = McpClient.sync(new RecordingTransport(transport, this::received))
			.clientInfo(clientInfo)
			.requestTimeout(requestTimeout)
			.initializationTimeout(requestTimeout);
		if (sampling != null) {
			capabilities.sampling();
			spec.sampling(sampling);
		}
		if (elicitation != null) {
			capabilities.elicitation();
			spec.elicitation(elicitation);
		}
		if (roots != null) {
			capabilities.roots(true);
			spec.roots(roots.roots());
		}
		this.client = spec.capabilities(capabilities.build()).build();
		try {
			this.initializeResult = client.initialize();
			if (roots != null) {
				roots.attach(client);
			}
			if (loggingLevel != null) {
				client.setLoggingLevel(loggingLevel);
			}
		}
		catch (RuntimeException e) {
			client.closeGracefully();
			throw e;
		}
	}

	/** A client connected in memory to {@code server}, with default settings. */
	public static McpTestClient connect(McpServer server) {
		return builder(server).build();
	}

	/** Configures a client connected in memory to {@code server}; each client is a new session. */
	public static McpTestClientBuilder builder(McpServer server) {
		Objects.requireNonNull(server, "server");
		return new McpTestClientBuilder(server::connectInMemory, true);
	}

	/**
	 * Configures a client over any SDK client transport, e.g. stdio or streamable HTTP against a
	 * server running elsewhere: same calls, same recording, same assertions.
	 */
	public static McpTestClientBuilder builder(McpClientTransport transport) {
		Objects.requireNonNull(transport, "transport");
		return new McpTestClientBuilder(() -> transport);
	}

	// ---- tools ----

	/** Calls a tool without arguments. */
	public CallToolResult callTool(String name) {
		return callTool(name, null);
	}

	/**
	 * Calls a tool.
	 * @param arguments a map, or a record/bean serialised to a JSON object; {@code null} sends none
	 */
	public CallToolResult callTool(String name, Object arguments) {
		CallToolRequest.Builder request = CallToolRequest.builder(Objects.requireNonNull(name, "name"));
		if (arguments != null) {
			request.arguments(JsonValues.toMap(arguments));
		}
		if (progressTokens) {
			request.progressToken("progress-" + calls.incrementAndGet());
		}
		return call(() -> client.callTool(request.build()));
	}

	/** Sends a request exactly as given (no progress token is added). */
	public CallToolResult callTool(CallToolRequest request) {
		return call(() -> client.callTool(request));
	}

	/** {@code tools/list}, every page. */
	public ListToolsResult listTools() {
		return call(client::listTools);
	}

	// ---- resources ----

	public ListResourcesResult listResources() {
		return call(client::listResources);
	}

	public ListResourceTemplatesResult listResourceTemplates() {
		return call(client::listResourceTemplates);
	}

	public ReadResourceResult readResource(String uri) {
		return call(() -> client.readResource(McpSchema.ReadResourceRequest.builder(Objects.requireNonNull(uri, "uri")).build()));
	}

	/** Subscribes to updates of {@code uri}; they are recorded as {@code notifications/resources/updated}. */
	public void subscribe(String uri) {
		client.subscribeResource(McpSchema.SubscribeRequest.builder(uri).build());
	}

	public void unsubscribe(String uri) {
		client.unsubscribeResource(McpSchema.UnsubscribeRequest.builder(uri).build());
	}

	// ---- prompts and completion ----

	public ListPromptsResult listPrompts() {
		return call(client::listPrompts);
	}

	public GetPromptResult getPrompt(String name) {
		return getPrompt(name, Map.of());
	}

	public GetPromptResult getPrompt(String name, Map<String, ?> arguments) {
		return call(() -> client.getPrompt(McpSchema.GetPromptRequest.builder(Objects.requireNonNull(name, "name"))
			.arguments(new LinkedHashMap<>(arguments))
			.build()));
	}

	/** Completions for an argument of a prompt. */
	public CompleteResult completePrompt(String prompt, String argument, String prefix) {
		return complete(CompleteRequest.builder(new McpSchema.PromptReference(prompt),
				new CompleteRequest.CompleteArgument(argument, prefix)).build());
	}

	/** Completions for a variable of a resource template. */
	public CompleteResult completeResourceTemplate(String uriTemplate, String variable, String prefix) {
		return complete(CompleteRequest.builder(new McpSchema.ResourceReference(uriTemplate),
				new CompleteRequest.CompleteArgument(variable, prefix)).build());
	}

	public CompleteResult complete(CompleteRequest request) {
		return call(() -> client.completeCompletion(request));
	}

	// ---- session ----

	public void setLoggingLevel(McpSchema.LoggingLevel level) {
		client.setLoggingLevel(level);
	}

	public void ping() {
		client.ping();
	}

	/** What the server answered to {@code initialize}. */
	public McpSchema.InitializeResult initializeResult() {
		return initializeResult;
	}

	public McpSchema.Implementation serverInfo() {
		return initializeResult.serverInfo();
	}

	public McpSchema.ServerCapabilities serverCapabilities() {
		return initializeResult.capabilities();
	}

	/** Every notification received so far. */
	public ReceivedNotifications notifications() {
		return notifications;
	}

	/**
	 * The responder answering sampling requests; script it at any time.
	 * @throws IllegalStateException if the client was built {@code withoutSampling()}
	 */
	public SamplingResponder sampling() {
		return require(sampling, "sampling", "withoutSampling()");
	}

	/** @throws IllegalStateException if the client was built {@code withoutElicitation()} */
	public ElicitationResponder elicitation() {
		return require(elicitation, "elicitation", "withoutElicitation()");
	}

	/** @throws IllegalStateException if the client was built {@code withoutRoots()} */
	public RootsResponder roots() {
		return require(roots, "roots", "withoutRoots()");
	}

	/** The SDK client underneath, for anything this class does not offer. */
	public McpSyncClient sdkClient() {
		return client;
	}

	/** Ends the session and waits until the transport is closed. */
	@Override
	public void close() {
		client.closeGracefully();
	}

	private void received(McpSchema.JSONRPCMessage message) {
		if (message instanceof McpSchema.JSONRPCNotification notification) {
			notifications.record(notification.method(), notification.params());
		}
		else if (message instanceof McpSchema.JSONRPCRequest request && roots != null
				&& McpSchema.METHOD_ROOTS_LIST.equals(request.method())) {
			roots.recordRequest();
		}
	}

	/**
	 * Runs a request; if the server asked for sampling or elicitation that no script answers,
	 * that is a test set-up mistake, so fail with what to script instead of returning the
	 * (generic) error result the server made of it.
	 */
	private <T> T call(java.util.function.Supplier<T> request) {
		T result;
		try {
			result = request.get();
		}
		catch (RuntimeException e) {
			String miss = takeMiss();
			if (miss != null) {
				throw new IllegalStateException(miss, e);
			}
			throw e;
		}
		String miss = takeMiss();
		if (miss != null) {
			throw new IllegalStateException(miss);
		}
		return result;
	}

	private String takeMiss() {
		String miss = sampling == null ? null : sampling.takeMiss();
		if (miss == null && elicitation != null) {
			miss = elicitation.takeMiss();
		}
		return miss;
	}

	private static <T> T require(T responder, String what, String builtWith) {
		if (responder == null) {
			throw new IllegalStateException("This client declares no " + what + " capability (it was built with "
					+ builtWith + "); build it without that call to script " + what);
		}
		return responder;
	}

}
