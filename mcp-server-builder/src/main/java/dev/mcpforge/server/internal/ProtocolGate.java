package dev.mcpforge.server.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpRequestHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.CallContext;
import dev.mcpforge.core.interceptor.Initialize;
import dev.mcpforge.core.interceptor.ListRequest;
import dev.mcpforge.core.interceptor.McpResponse;

/**
 * Puts {@code initialize} and the four list requests through the interceptor chain, on every
 * transport, and tells the chain when a session ends. The SDK answers these requests with
 * handlers it builds privately; {@link GatedTransports} hands the SDK's own session classes
 * those handlers with the lists and {@code initialize} replaced by the ones here. Installed only
 * when the chain has interceptors: without, the SDK answers alone.
 *
 * <p>Lists are answered from the server's {@link Features}, in registration order, in one page
 * (as the SDK does); the chain sees them as mcpforge definitions, which is what the access
 * policy's interceptor filters.
 */
public final class ProtocolGate {

	private final Features features;

	private final ServerSettings settings;

	private final FeatureHandlers handlers;

	private final Set<String> openSessions = ConcurrentHashMap.newKeySet();

	private ProtocolGate(Features features, ServerSettings settings) {
		this.features = features;
		this.settings = settings;
		this.handlers = new FeatureHandlers(settings);
	}

	public static McpServerTransportProvider over(McpServerTransportProvider provider, Features features,
			ServerSettings settings) {
		return settings.chain().isEmpty() ? provider
				: GatedTransports.sessions(provider, new ProtocolGate(features, settings));
	}

	public static McpStreamableServerTransportProvider over(McpStreamableServerTransportProvider provider,
			Features features, ServerSettings settings) {
		return settings.chain().isEmpty() ? provider
				: GatedTransports.streamable(provider, new ProtocolGate(features, settings));
	}

	public static McpStatelessServerTransport over(McpStatelessServerTransport transport, Features features,
			ServerSettings settings) {
		return settings.chain().isEmpty() ? transport
				: GatedTransports.stateless(transport, new ProtocolGate(features, settings));
	}

	/** The SDK's request handlers, with every list it answers answered here instead. */
	Map<String, McpRequestHandler<?>> requestHandlers(Map<String, McpRequestHandler<?>> sdk) {
		Map<String, McpRequestHandler<?>> all = new HashMap<>(sdk);
		for (ListRequest.Kind kind : ListRequest.Kind.values()) {
			McpRequestHandler<Object> gated = (exchange, params) -> offloaded(
					() -> list(kind, params, exchange.transportContext(), exchange.sessionId()));
			all.computeIfPresent(kind.method(), (method, sdkHandler) -> gated);
		}
		return all;
	}

	/** The SDK result of a list request, after the chain. */
	Object list(ListRequest.Kind kind, Object params, McpTransportContext transport, String sessionId) {
		ListRequest request = new ListRequest(kind, cursor(params), callContext(transport, sessionId));
		List<?> items = handlers.protocol(request, next -> McpResponse.of(definitions(kind))).items(kind.itemType());
		return switch (kind) {
			case TOOLS -> new McpSchema.ListToolsResult(sdk(items, ToolDefinition.class, ToolDefinition::toSdk), null);
			case RESOURCES -> new McpSchema.ListResourcesResult(
					sdk(items, ResourceDefinition.class, ResourceDefinition::toSdk), null);
			case RESOURCE_TEMPLATES -> new McpSchema.ListResourceTemplatesResult(
					sdk(items, ResourceTemplateDefinition.class, ResourceTemplateDefinition::toSdk), null);
			case PROMPTS -> new McpSchema.ListPromptsResult(sdk(items, PromptDefinition.class, PromptDefinition::toSdk),
					null);
		};
	}

	/**
	 * {@code initialize} through the chain; its innermost step is the SDK's own answer. A session
	 * counts as open once the chain let it through.
	 */
	Mono<McpSchema.InitializeResult> initialize(McpSchema.InitializeRequest request, McpTransportContext transport,
			String sessionId, Mono<McpSchema.InitializeResult> sdk) {
		return offloaded(() -> {
			Initialize initialize = new Initialize(request.protocolVersion(), request.clientInfo(),
					request.capabilities(), callContext(transport, sessionId));
			McpSchema.InitializeResult result = handlers.protocol(initialize, next -> McpResponse.of(sdk.block()))
				.result(McpSchema.InitializeResult.class);
			if (sessionId != null) {
				openSessions.add(sessionId);
			}
			return result;
		});
	}

	/** Tells the chain, once, that a session it let in has ended. */
	Mono<Void> closed(String sessionId) {
		return Mono.fromRunnable(() -> {
			if (openSessions.remove(sessionId)) {
				settings.chain().sessionClosed(sessionId);
			}
		});
	}

	private List<?> definitions(ListRequest.Kind kind) {
		return switch (kind) {
			case TOOLS -> features.tools().stream().map(RegisteredTool::definition).toList();
			case RESOURCES -> features.resources().stream().map(RegisteredResource::definition).toList();
			case RESOURCE_TEMPLATES -> features.templates().stream().map(RegisteredTemplate::definition).toList();
			case PROMPTS -> features.prompts().stream().map(RegisteredPrompt::definition).toList();
		};
	}

	private static <D, S> List<S> sdk(List<?> items, Class<D> type, java.util.function.Function<D, S> toSdk) {
		return items.stream().map(type::cast).map(toSdk).toList();
	}

	private static String cursor(Object params) {
		return params instanceof Map<?, ?> map && map.get("cursor") instanceof String cursor ? cursor : null;
	}

	private CallContext callContext(McpTransportContext transport, String sessionId) {
		CallContext base = InterceptedContext.callContext(new StatelessContext(transport, settings));
		return new CallContext(base.transport(), sessionId, base.principal(), base.headers(), base.attributes());
	}

	// like the SDK's sync handlers: interceptors may block, so never on the transport's thread
	private static <T> Mono<T> offloaded(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

}
