package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerTransport;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The answer to one POSTed JSON-RPC request, as the SDK session's transport for it. When the
 * first message is the response itself (the usual call) it goes out as one
 * {@code application/json} body; when a notification or a server-to-client request comes first
 * (progress, logging, sampling, elicitation) the answer becomes an event stream and everything,
 * the response last, goes out as events. The POST's thread waits for the session to finish, so
 * the servlet needs no asynchronous mode.
 */
final class RequestChannel implements McpStreamableServerTransport {

	private static final Logger log = LoggerFactory.getLogger(RequestChannel.class);

	private final HttpServletResponse response;

	private final Object requestId;

	private final String sessionId;

	private final McpJsonMapper mapper;

	private final ReentrantLock lock = new ReentrantLock();

	private boolean streaming;

	private boolean answered;

	private boolean closed;

	RequestChannel(HttpServletResponse response, Object requestId, String sessionId, McpJsonMapper mapper) {
		this.response = response;
		this.requestId = requestId;
		this.sessionId = sessionId;
		this.mapper = mapper;
	}

	/** Whether the response to the request was written. */
	boolean answered() {
		lock.lock();
		try {
			return answered;
		}
		finally {
			lock.unlock();
		}
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
			if (closed || answered) {
				log.debug("Dropped a message for request {} of session {}: its answer is complete", requestId,
						sessionId);
				return;
			}
			byte[] json = mapper.writeValueAsBytes(message);
			boolean isAnswer = message instanceof McpSchema.JSONRPCResponse r && Objects.equals(r.id(), requestId);
			if (!streaming && isAnswer) {
				Sse.json(response, HttpServletResponse.SC_OK, json);
			}
			else {
				if (!streaming) {
					Sse.start(response);
					streaming = true;
				}
				Sse.event(response.getOutputStream(), messageId != null ? messageId : sessionId, json);
			}
			answered = isAnswer;
		}
		catch (IOException e) {
			closed = true;
			log.debug("Could not answer request {} of session {} (client gone?): {}", requestId, sessionId,
					e.toString());
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
			closed = true;
		}
		finally {
			lock.unlock();
		}
	}

}
