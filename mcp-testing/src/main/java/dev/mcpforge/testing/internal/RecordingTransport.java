package dev.mcpforge.testing.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * A client transport that shows every message arriving from the server to an observer before
 * the SDK client handles it. Observing before dispatch keeps arrival order: a notification the
 * server sent before its response is recorded before the call returns.
 */
public final class RecordingTransport implements McpClientTransport {

	private final McpClientTransport delegate;

	private final Consumer<McpSchema.JSONRPCMessage> inbound;

	public RecordingTransport(McpClientTransport delegate, Consumer<McpSchema.JSONRPCMessage> inbound) {
		this.delegate = Objects.requireNonNull(delegate, "transport");
		this.inbound = inbound;
	}

	@Override
	public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
		return delegate.connect(messages -> handler.apply(messages.doOnNext(inbound)));
	}

	@Override
	public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
		return delegate.sendMessage(message);
	}

	@Override
	public Mono<Void> closeGracefully() {
		return delegate.closeGracefully();
	}

	@Override
	public void close() {
		delegate.close();
	}

	@Override
	public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
		return delegate.unmarshalFrom(data, typeRef);
	}

	@Override
	public List<String> protocolVersions() {
		return delegate.protocolVersions();
	}

	@Override
	public void setExceptionHandler(Consumer<Throwable> handler) {
		delegate.setExceptionHandler(handler);
	}

}
