package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Server-sent events as the streamable HTTP transport writes them: one JSON-RPC message per event. */
final class Sse {

	private static final byte[] DATA = "\nevent: message\ndata: ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private Sse() {
	}

	/** Status and headers of an event stream; nothing is written yet. */
	static void start(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/event-stream");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-cache");
	}

	/**
	 * Writes one event and flushes it. {@code json} is one serialised message: compact JSON has
	 * no raw line breaks, so it fits one {@code data:} line.
	 */
	static void event(OutputStream out, String id, byte[] json) throws IOException {
		out.write(("id: " + id).getBytes(StandardCharsets.UTF_8));
		out.write(DATA);
		out.write(json);
		out.write(END);
		out.flush();
	}

	/**
	 * A complete JSON answer. No explicit {@code Content-Length}: the container sets it when the
	 * servlet returns, so the exchange completes there and not in the middle of this write.
	 */
	static void json(HttpServletResponse response, int status, byte[] json) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.getOutputStream().write(json);
	}

}
