package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's standalone server-to-client event stream (a GET), open until the client goes,
 * the session ends or the server stops.
 */
final class StreamChannel extends SessionChannel {

	private static final Logger log = LoggerFactory.getLogger(StreamChannel.class);

	private static final byte[] PROBE = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);

	private final HttpExchange exchange;

	private final String sessionId;

	private boolean closed;

	StreamChannel(HttpExchange exchange, String sessionId, McpJsonMapper mapper) {
		super(mapper);
		this.exchange = exchange;
		this.sessionId = sessionId;
	}

	@Override
	void write(McpSchema.JSONRPCMessage message, String messageId) {
		if (closed) {
			log.debug("Dropped a message for the closed stream of session {}", sessionId);
			return;
		}
		try {
			Sse.event(exchange.events(), messageId != null ? messageId : sessionId,
					mapper.writeValueAsBytes(message));
		}
		catch (IOException | IllegalStateException e) {
			log.debug("Stream of session {} broke (client gone?): {}", sessionId, e.toString());
			closeLocked();
		}
	}

	/**
	 * Writes an SSE comment, which clients ignore: a stream whose client is gone without closing
	 * the connection (no DELETE, no FIN seen) is only noticed when a write fails, and a session
	 * with an open stream is never closed as idle. Ends the stream when the write fails.
	 */
	void probe() {
		locked(() -> {
			if (closed) {
				return;
			}
			try {
				OutputStream out = exchange.events();
				out.write(PROBE);
				out.flush();
			}
			catch (IOException | IllegalStateException e) {
				log.debug("Stream of session {} is gone: {}", sessionId, e.toString());
				closeLocked();
			}
		});
	}

	@Override
	void closeLocked() {
		if (closed) {
			return;
		}
		closed = true;
		exchange.complete();
	}

}
