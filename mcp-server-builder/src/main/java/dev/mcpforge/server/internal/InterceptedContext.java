package dev.mcpforge.server.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.interceptor.CallContext;
import dev.mcpforge.server.McpContext;

/**
 * The handler's context after the interceptors: the principal and attributes they set on the
 * request's {@link CallContext} win over what the transport knew; everything else is the
 * transport's.
 */
final class InterceptedContext implements McpContext {

	private final McpContext transport;

	private final CallContext call;

	InterceptedContext(McpContext transport, CallContext call) {
		this.transport = transport;
		this.call = call;
	}

	static CallContext callContext(McpContext context) {
		return new CallContext(context.transport(), context.sessionId(), context.principal().orElse(null),
				context.headers(), Map.of());
	}

	@Override
	public Optional<Principal> principal() {
		return call.caller();
	}

	@Override
	public Optional<Object> attribute(String key) {
		Optional<Object> fromInterceptors = call.attribute(key);
		return fromInterceptors.isPresent() ? fromInterceptors : transport.attribute(key);
	}

	@Override
	public Map<String, List<String>> headers() {
		return call.headers();
	}

	@Override
	public void log(McpSchema.LoggingLevel level, String message) {
		transport.log(level, message);
	}

	@Override
	public void progress(double progress, Double total, String message) {
		transport.progress(progress, total, message);
	}

	@Override
	public String sample(String prompt, int maxTokens) {
		return transport.sample(prompt, maxTokens);
	}

	@Override
	public McpSchema.CreateMessageResult sample(McpSchema.CreateMessageRequest request) {
		return transport.sample(request);
	}

	@Override
	public java.util.List<McpSchema.Root> roots() {
		return transport.roots();
	}

	@Override
	public McpSchema.ElicitResult elicit(String message, Map<String, Object> requestedSchema) {
		return transport.elicit(message, requestedSchema);
	}

	@Override
	public <T> Elicitation<T> elicit(String message, Class<T> type) {
		return transport.elicit(message, type);
	}

	@Override
	public boolean isCancelled() {
		return transport.isCancelled();
	}

	@Override
	public void throwIfCancelled() {
		transport.throwIfCancelled();
	}

	@Override
	public String transport() {
		return call.transport();
	}

	@Override
	public String sessionId() {
		return call.sessionId();
	}

	@Override
	public Optional<McpSchema.Implementation> clientInfo() {
		return transport.clientInfo();
	}

	@Override
	public Optional<McpSchema.ClientCapabilities> clientCapabilities() {
		return transport.clientCapabilities();
	}

}
