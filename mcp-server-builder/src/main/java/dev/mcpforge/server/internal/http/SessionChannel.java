package dev.mcpforge.server.internal.http;

import java.util.concurrent.locks.ReentrantLock;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerTransport;
import reactor.core.publisher.Mono;

/**
 * One HTTP response an SDK session writes to: the answer to a POSTed request
 * ({@link RequestChannel}) or a GET stream ({@link StreamChannel}). Writes and closing are
 * serialised: a handler may send from any thread.
 */
abstract class SessionChannel implements McpStreamableServerTransport {

	final McpJsonMapper mapper;

	private final ReentrantLock lock = new ReentrantLock();

	SessionChannel(McpJsonMapper mapper) {
		this.mapper = mapper;
	}

	/** Writes one message; called with the lock held. */
	abstract void write(McpSchema.JSONRPCMessage message, String messageId);

	/** Ends the channel; called with the lock held, possibly more than once. */
	abstract void closeLocked();

	@Override
	public final Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
		return sendMessage(message, null);
	}

	@Override
	public final Mono<Void> sendMessage(McpSchema.JSONRPCMessage message, String messageId) {
		return Mono.fromRunnable(() -> locked(() -> write(message, messageId)));
	}

	@Override
	public final <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
		return mapper.convertValue(data, typeRef);
	}

	@Override
	public final Mono<Void> closeGracefully() {
		return Mono.fromRunnable(this::close);
	}

	@Override
	public final void close() {
		locked(this::closeLocked);
	}

	final void locked(Runnable action) {
		lock.lock();
		try {
			action.run();
		}
		finally {
			lock.unlock();
		}
	}

}
