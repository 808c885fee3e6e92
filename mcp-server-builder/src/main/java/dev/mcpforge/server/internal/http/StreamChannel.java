package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerTransport;
import jakarta.servlet.AsyncContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A session's standalone server-to-client event stream (a GET), open until the client goes,
 * the session ends or the server stops.
 */
final class StreamChannel implements McpStreamableServerTransport {

	private static final Logger log = LoggerFactory.getLogger(StreamChannel.class);

	private final AsyncContext async;

	private final String sessionId;

	private final McpJsonMapper mapper;

	private final ReentrantLock lock = new ReentrantLock();

	private boolean closed;

	StreamChannel(AsyncContext async, String sessionId, McpJsonMapper mapper) {
		this.async = async;
		this.sessionId = sessionId;
		this.mapper = mapper;
	}

	@Override
	public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
		return sendMessage(message, null);
	}

	@Override
	public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message, String messageId) {
		return Mono.fromRunnable(() -> write(message, messageId));
	}

	private void write(McpSchema.JSONRPCMessage message, String messageId) {
		lock.lock();
		try {
			if (closed) {
				log.debug("Dropped a message for the closed stream of session {}", sessionId);
				return;
			}
			Sse.event(async.getResponse().getOutputStream(), messageId != null ? messageId : sessionId,
					mapper.writeValueAsBytes(message));
		}
		catch (IOException | IllegalStateException e) {
			log.debug("Stream of session {} broke (client gone?): {}", sessionId, e.toString());
			closeLocked();
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
		return mapper.convertValue(data, typeRef);
	}

	@Override
	public Mono<Void> closeGracefully() {
		return Mono.fromRunnable(this::close);
	}

	@Override
	public void close() {
		lock.lock();
		try {
			closeLocked();
		}
		finally {
			lock.unlock();
		}
	}

	private void closeLocked() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			async.complete();
		}
		catch (IllegalStateException alreadyOver) {
			// completed by the container (client gone, server stopping)
		}
	}

}
