package dev.mcpforge.client;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.CallContext;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.ToolCall;

/** The {@link McpClient} that {@link McpClientBuilder#build()} returns. */
final class DefaultMcpClient implements McpClient {

	static final Logger log = LoggerFactory.getLogger(McpClient.class);

	private final McpSyncClient client;

	private final ObjectMapper mapper;

	private String name = "client";

	private InterceptorChain chain = InterceptorChain.empty();

	private volatile List<McpSchema.Tool> tools;

	private DefaultMcpClient(McpSyncClient client, ObjectMapper mapper) {
		this.client = client;
		this.mapper = mapper;
	}

	static McpClient connect(McpClientBuilder builder, Supplier<McpClientTransport> transport, String transportName) {
		McpSchema.ClientCapabilities.Builder capabilities = McpSchema.ClientCapabilities.builder();
		if (builder.sampling() != null) {
			capabilities.sampling();
		}
		if (builder.elicitation() != null) {
			capabilities.elicitation();
		}
		if (!builder.roots().isEmpty()) {
			capabilities.roots(true);
		}
		DefaultMcpClient[] self = new DefaultMcpClient[1];
		var spec = io.modelcontextprotocol.client.McpClient.sync(transport.get())
			.clientInfo(builder.clientInfo())
			.requestTimeout(builder.requestTimeout())
			.initializationTimeout(builder.requestTimeout())
			.capabilities(capabilities.build())
			.toolsChangeConsumer(changed -> {
				if (self[0] != null) {
					self[0].tools = List.copyOf(changed);
				}
			});
		if (builder.sampling() != null) {
			spec.sampling(builder.sampling());
		}
		if (builder.elicitation() != null) {
			spec.elicitation(builder.elicitation()).applyElicitationDefaults(builder.elicitationDefaults());
		}
		if (!builder.roots().isEmpty()) {
			spec.roots(builder.roots());
		}
		builder.logConsumers().forEach(spec::loggingConsumer);
		builder.progressConsumers().forEach(spec::progressConsumer);
		McpSyncClient sdk = spec.build();
		try {
			sdk.initialize();
		}
		catch (RuntimeException e) {
			sdk.closeGracefully();
			throw McpClients.translate("connecting over " + transportName, e);
		}
		self[0] = new DefaultMcpClient(sdk, builder.mapper());
		self[0].name = transportName;
		self[0].chain = builder.chain();
		return self[0];
	}

	@Override
	public McpSchema.Implementation serverInfo() {
		return client.getServerInfo();
	}

	@Override
	public McpSchema.ServerCapabilities serverCapabilities() {
		return client.getServerCapabilities();
	}

	@Override
	public List<McpSchema.Tool> tools() {
		List<McpSchema.Tool> cached = tools;
		if (cached == null) {
			cached = List.copyOf(guard("tools/list", client::listTools).tools());
			tools = cached;
		}
		return cached;
	}

	@Override
	@SuppressWarnings("unchecked")
	public McpSchema.CallToolResult call(String tool, Object arguments) {
		Map<String, Object> args = arguments == null ? Map.of()
				: arguments instanceof Map<?, ?> map ? (Map<String, Object>) map : mapper.convertValue(arguments, Map.class);
		McpSchema.CallToolResult result = chain.isEmpty() ? send(tool, args) : intercepted(tool, args);
		if (Boolean.TRUE.equals(result.isError())) {
			throw new ToolCallException(tool, result);
		}
		return result;
	}

	private McpSchema.CallToolResult send(String tool, Map<String, Object> args) {
		return guard("tools/call " + tool,
				() -> client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(args).build()));
	}

	private McpSchema.CallToolResult intercepted(String tool, Map<String, Object> args) {
		ToolDefinition definition = tools().stream()
			.filter(t -> t.name().equals(tool))
			.findFirst()
			.map(ToolDefinition::fromSdk)
			.orElseGet(() -> ToolDefinition.builder(tool).description("(not listed by the server)").build());
		ToolCall call = new ToolCall(definition, args, new CallContext(name, null, null, Map.of(), Map.of()));
		try {
			return chain.execute(call, next -> McpResponse.of(send(tool, ((ToolCall) next).arguments())))
				.result(McpSchema.CallToolResult.class);
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new McpTransportException("tools/call " + tool + " failed in an interceptor: " + e, e);
		}
	}

	@Override
	public <T> T call(String tool, Object arguments, Class<T> resultType) {
		McpSchema.CallToolResult result = call(tool, arguments);
		if (result.structuredContent() != null) {
			return mapper.convertValue(result.structuredContent(), resultType);
		}
		String text = McpClients.text(result);
		if (resultType == String.class) {
			return resultType.cast(text);
		}
		try {
			return mapper.readValue(text, resultType);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("tool '" + tool + "' returned no structured content and its text is not "
					+ resultType.getSimpleName() + " JSON: " + e.getOriginalMessage());
		}
	}

	@Override
	public McpSchema.ReadResourceResult read(String uri) {
		return guard("resources/read " + uri, () -> client.readResource(new McpSchema.ReadResourceRequest(uri)));
	}

	@Override
	public McpSchema.GetPromptResult prompt(String name, Map<String, String> arguments) {
		Map<String, Object> args = arguments == null ? Map.of() : Map.copyOf(arguments);
		return guard("prompts/get " + name, () -> client.getPrompt(new McpSchema.GetPromptRequest(name, args)));
	}

	@Override
	public void ping() {
		guard("ping", client::ping);
	}

	@Override
	public List<EndpointStatus> endpoints() {
		return List.of(new EndpointStatus(name, true, 0, 0, 0));
	}

	@Override
	public McpSyncClient sdk() {
		return client;
	}

	@Override
	public void close() {
		// closeGracefully, not close: the sync close() is fire-and-forget and can leave a stdio child running
		client.closeGracefully();
	}

	// An expired HTTP session (server restarted, session swept) makes the SDK drop its
	// initialization; the next request initializes again, so one retry is enough and safe: the
	// failed request never reached a session.
	private static <T> T guard(String what, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuntimeException e) {
			if (!McpClients.isSessionLoss(e)) {
				throw McpClients.translate(what, e);
			}
			log.info("{}: the server lost the session; initializing a new one", what);
			try {
				return call.get();
			}
			catch (RuntimeException again) {
				throw McpClients.translate(what, again);
			}
		}
	}

}
