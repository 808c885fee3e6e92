package dev.mcpforge.server.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.McpException;
import dev.mcpforge.server.McpContext;

/** The parts of {@link McpContext} that come from the transport context. */
abstract class BaseContext implements McpContext {

	private final McpTransportContext transport;

	private final CancellationSignal cancellation;

	protected final ServerSettings settings;

	BaseContext(McpTransportContext transport, ServerSettings settings) {
		this.transport = transport == null ? McpTransportContext.EMPTY : transport;
		this.settings = settings;
		Object signal = this.transport.get(TransportAttributes.CANCELLATION);
		this.cancellation = signal instanceof CancellationSignal s ? s : CancellationSignal.NEVER;
	}

	@Override
	public boolean isCancelled() {
		return cancellation.isCancelled();
	}

	@Override
	public void throwIfCancelled() {
		if (cancellation.isCancelled()) {
			throw new McpException(McpSchema.ErrorCodes.INTERNAL_ERROR, "Request cancelled: " + cancellation.reason());
		}
	}

	@Override
	public Optional<Principal> principal() {
		return transport.get(TransportAttributes.PRINCIPAL) instanceof Principal p ? Optional.of(p) : Optional.empty();
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, List<String>> headers() {
		Object headers = transport.get(TransportAttributes.HEADERS);
		return headers instanceof Map<?, ?> map ? (Map<String, List<String>>) map : Map.of();
	}

	@Override
	public Optional<Object> attribute(String key) {
		return Optional.ofNullable(transport.get(key));
	}

	@Override
	public String transport() {
		Object name = transport.get(TransportAttributes.TRANSPORT);
		return name == null ? "unknown" : name.toString();
	}

	@Override
	public <T> Elicitation<T> elicit(String message, Class<T> type) {
		Map<String, Object> schema = new java.util.LinkedHashMap<>(settings.schemas().inputSchema(type));
		// elicitation schemas are a restricted, flat subset: keep only what clients render
		schema.keySet().retainAll(List.of("type", "properties", "required"));
		McpSchema.ElicitResult result = elicit(message, schema);
		if (result.action() != McpSchema.ElicitResult.Action.ACCEPT || result.content() == null) {
			return new Elicitation<>(result.action(), Optional.empty());
		}
		T value = settings.binder().bind(result.content(), type, schema);
		return new Elicitation<>(result.action(), Optional.of(value));
	}

	@Override
	public String sample(String prompt, int maxTokens) {
		McpSchema.CreateMessageResult result = sample(McpSchema.CreateMessageRequest
			.builder(List.of(new McpSchema.SamplingMessage(McpSchema.Role.USER, new McpSchema.TextContent(prompt))),
					maxTokens)
			.build());
		return result.content() instanceof McpSchema.TextContent text ? text.text() : String.valueOf(result.content());
	}

}
