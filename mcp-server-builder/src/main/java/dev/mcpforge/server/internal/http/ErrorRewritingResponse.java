package dev.mcpforge.server.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Response wrapper that turns every error the wrapped servlet produces into a clean
 * JSON-RPC error envelope, keeping the HTTP status:
 * <ul>
 * <li>{@code sendError(code[, msg])} writes the envelope at once (never Jetty's error
 * page);</li>
 * <li>a body written after {@code setStatus(>= 400)} (the SDK serialises a whole
 * {@code McpError}, stack trace included) is captured, and {@link #finish()} replaces it
 * with an envelope carrying the SDK's code and message when they are harmless; an error
 * status without a body gets an envelope too.</li>
 * </ul>
 * Success responses (status &lt; 400 when the body stream is taken: JSON results, 202s and
 * {@code text/event-stream}) go straight to the container's stream, unbuffered.
 */
final class ErrorRewritingResponse extends HttpServletResponseWrapper {

	private static final Logger log = LoggerFactory.getLogger(ErrorRewritingResponse.class);

	private final Object jsonRpcId;

	private final boolean clientResponse;

	private int status = SC_OK;

	private ByteArrayOutputStream captured;

	private ServletOutputStream capturedStream;

	private PrintWriter capturedWriter;

	private boolean containerWriterTaken;

	private boolean errorWritten;

	/**
	 * @param jsonRpcId id of the POSTed message, echoed in error envelopes (may be null)
	 * @param clientResponse whether the POSTed message was a JSON-RPC response; the SDK
	 * answers those with 500 when it never asked for them, which becomes 400 / -32600
	 */
	ErrorRewritingResponse(HttpServletResponse response, Object jsonRpcId, boolean clientResponse) {
		super(response);
		this.jsonRpcId = jsonRpcId;
		this.clientResponse = clientResponse;
	}

	private java.util.function.Consumer<String> sessionIdListener;

	/** Tells {@code listener} the session id the servlet sets in {@code Mcp-Session-Id}, if it sets one. */
	void onSessionId(java.util.function.Consumer<String> listener) {
		this.sessionIdListener = listener;
	}

	@Override
	public void setHeader(String name, String value) {
		super.setHeader(name, value);
		sessionHeader(name, value);
	}

	@Override
	public void addHeader(String name, String value) {
		super.addHeader(name, value);
		sessionHeader(name, value);
	}

	private void sessionHeader(String name, String value) {
		if (sessionIdListener != null && value != null && JsonRpcErrorFilter.SESSION_HEADER.equalsIgnoreCase(name)) {
			sessionIdListener.accept(value);
		}
	}

	@Override
	public void setStatus(int sc) {
		super.setStatus(sc);
		this.status = sc;
	}

	@Override
	public void reset() {
		super.reset();
		if (!errorWritten) {
			status = SC_OK;
			captured = null;
			capturedStream = null;
			capturedWriter = null;
			containerWriterTaken = false;
		}
	}

	@Override
	public void sendError(int sc) throws IOException {
		sendError(sc, null);
	}

	@Override
	public void sendError(int sc, String msg) throws IOException {
		if (isCommitted()) {
			throw new IllegalStateException("response already committed");
		}
		writeEnvelope(sc, JsonRpcErrors.codeFor(sc, null), JsonRpcErrors.messageFor(sc, msg));
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (errorWritten || status >= 400) {
			capture();
			return capturedStream;
		}
		return super.getOutputStream();
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (errorWritten || status >= 400) {
			capture();
			return capturedWriter;
		}
		containerWriterTaken = true;
		return super.getWriter();
	}

	@Override
	public void flushBuffer() throws IOException {
		if (captured == null) {
			super.flushBuffer();
		}
	}

	/** True once an error envelope was written. */
	boolean errorWritten() {
		return errorWritten;
	}

	/**
	 * Gives an error status set with {@code setStatus} an envelope, built from the captured
	 * body when there is one. Call after the servlet returned; does nothing for success
	 * statuses, committed responses, or when an envelope was already written.
	 */
	void finish() throws IOException {
		if (errorWritten || status < 400 || isCommitted()) {
			return;
		}
		Integer sdkCode = null;
		String sdkMessage = null;
		JsonNode error = null;
		if (captured != null) {
			capturedWriter.flush();
			error = sdkError(captured.toByteArray());
		}
		if (error != null) {
			sdkCode = error.path("code").isIntegralNumber() ? error.path("code").asInt() : null;
			sdkMessage = error.path("message").isTextual() ? error.path("message").asText() : null;
		}
		log.debug("Rewriting HTTP {} error body (SDK code {}, message {})", status, sdkCode, sdkMessage);
		if (clientResponse && status == SC_INTERNAL_SERVER_ERROR) {
			writeEnvelope(SC_BAD_REQUEST, JsonRpcErrors.INVALID_REQUEST,
					"Invalid Request: no request with this id is pending");
			return;
		}
		writeEnvelope(status, JsonRpcErrors.codeFor(status, sdkCode), JsonRpcErrors.messageFor(status, sdkMessage));
	}

	/** Writes an error envelope with this status; later output is discarded. */
	void writeEnvelope(int sc, int code, String message) throws IOException {
		byte[] bytes = JsonRpcErrors.envelope(jsonRpcId, code, message);
		errorWritten = true;
		if (isCommitted()) {
			log.debug("Cannot write HTTP {} error: response already committed", sc);
			return;
		}
		HttpServletResponse real = (HttpServletResponse) getResponse();
		real.resetBuffer();
		real.setStatus(sc);
		this.status = sc;
		real.setHeader("Cache-Control", "no-store");
		if (containerWriterTaken) {
			real.setContentType("application/json;charset=utf-8");
			PrintWriter writer = real.getWriter();
			writer.write(new String(bytes, StandardCharsets.UTF_8));
			writer.flush();
		}
		else {
			real.setContentType("application/json");
			real.setContentLength(bytes.length);
			OutputStream out = real.getOutputStream();
			out.write(bytes);
			out.flush();
		}
	}

	private void capture() {
		if (captured == null) {
			captured = new ByteArrayOutputStream();
			capturedStream = new CapturingStream(captured);
			capturedWriter = new PrintWriter(new OutputStreamWriter(capturedStream, StandardCharsets.UTF_8));
		}
	}

	/** The {@code {code, message}} object of what the SDK wrote, if it can be read. */
	private static JsonNode sdkError(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode root = JsonRpcErrors.MAPPER.readTree(body);
			if (root == null) {
				return null;
			}
			for (String field : new String[] { "jsonRpcError", "error" }) {
				if (root.path(field).isObject()) {
					return root.get(field);
				}
			}
			return root.isObject() ? root : null;
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Collects bytes in memory; bounded by what the servlet writes for an error. */
	private static final class CapturingStream extends ServletOutputStream {

		private static final int LIMIT = 64 * 1024;

		private final ByteArrayOutputStream sink;

		CapturingStream(ByteArrayOutputStream sink) {
			this.sink = sink;
		}

		@Override
		public void write(int b) {
			if (sink.size() < LIMIT) {
				sink.write(b);
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			int room = LIMIT - sink.size();
			if (room > 0) {
				sink.write(b, off, Math.min(room, len));
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			try {
				listener.onWritePossible();
			}
			catch (IOException e) {
				listener.onError(e);
			}
		}

	}

}
