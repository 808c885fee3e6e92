package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Server-sent events as the streamable HTTP transport writes them: one JSON-RPC message per event. */
final class Sse {

	private static final byte[] DATA = "\nevent: message\ndata: ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private Sse() {
	}

	/**
	 * Writes one event and flushes it, in one write: the event stream of Jetty's core API is not
	 * buffered, each write is a chunk of its own. {@code json} is one serialised message: compact
	 * JSON has no raw line breaks, so it fits one {@code data:} line.
	 */
	static void event(OutputStream out, String id, byte[] json) throws IOException {
		byte[] head = ("id: " + id).getBytes(StandardCharsets.UTF_8);
		byte[] event = new byte[head.length + DATA.length + json.length + END.length];
		System.arraycopy(head, 0, event, 0, head.length);
		System.arraycopy(DATA, 0, event, head.length, DATA.length);
		System.arraycopy(json, 0, event, head.length + DATA.length, json.length);
		System.arraycopy(END, 0, event, event.length - END.length, END.length);
		out.write(event);
		out.flush();
	}

}
