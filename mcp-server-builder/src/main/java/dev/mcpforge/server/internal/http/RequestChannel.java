package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.util.Objects;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to one POSTed JSON-RPC request, as the SDK session's transport for it. When the
 * first message is the response itself (the usual call) it goes out as one
 * {@code application/json} body; when a notification or a server-to-client request comes first
 * (progress, logging, sampling, elicitation) the answer becomes an event stream and everything,
 * the response last, goes out as events. The POST's thread waits for the session to finish, so
 * the response needs no asynchronous mode.
 */
final class RequestChannel extends SessionChannel {

	private static final Logger log = LoggerFactory.getLogger(RequestChannel.class);

	private final HttpExchange exchange;

	private final Object requestId;

	private final String sessionId;

	private boolean streaming;

	private boolean answered;

	private boolean closed;

	RequestChannel(HttpExchange exchange, Object requestId, String sessionId, McpJsonMapper mapper) {
		super(mapper);
		this.exchange = exchange;
		this.requestId = requestId;
		this.sessionId = sessionId;
	}

	/** Whether the response to the request was written. */
	boolean answered() {
		boolean[] result = new boolean[1];
		locked(() -> result[0] = answered);
		return result[0];
	}

	@Override
	void write(McpSchema.JSONRPCMessage message, String messageId) {
		if (closed || answered) {
			log.debug("Dropped a message for request {} of session {}: its answer is complete", requestId, sessionId);
			return;
		}
		try {
			byte[] json = mapper.writeValueAsBytes(message);
			boolean isAnswer = message instanceof McpSchema.JSONRPCResponse r && Objects.equals(r.id(), requestId);
			if (!streaming && isAnswer) {
				exchange.send(200, "application/json", json);
			}
			else {
				streaming = true;
				Sse.event(exchange.events(), messageId != null ? messageId : sessionId, json);
			}
			answered = isAnswer;
		}
		catch (IOException e) {
			closed = true;
			log.debug("Could not answer request {} of session {} (client gone?): {}", requestId, sessionId,
					e.toString());
		}
	}

	@Override
	void closeLocked() {
		closed = true;
	}

}
