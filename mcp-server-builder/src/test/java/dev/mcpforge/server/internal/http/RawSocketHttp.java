package dev.mcpforge.server.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what {@link java.net.http.HttpClient} refuses to send
 * (a {@code Host} header of our choosing, broken requests). One request per connection.
 */
final class RawSocketHttp {

	/** Status line code, lower-case headers and body of a response. */
	record Response(int status, Map<String, String> headers, String body) {
	}

	private RawSocketHttp() {
	}

	static Response exchange(String host, int port, String rawRequest) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 5000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return read(socket.getInputStream());
		}
	}

	/**
	 * Opens a GET stream of {@code session} on a connection of its own and returns the socket
	 * (10 s read timeout) without reading anything; the caller closes it.
	 */
	static Socket getStream(int port, String session) throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(10_000);
		socket.getOutputStream()
			.write(("GET /mcp HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\nMcp-Session-Id: "
					+ session + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		return socket;
	}

	/** Reads up to and including {@code end} (or to the end of the stream), as ISO-8859-1. */
	static String readUntil(InputStream in, String end) throws IOException {
		StringBuilder text = new StringBuilder();
		int b;
		while (text.indexOf(end) < 0 && (b = in.read()) != -1) {
			text.append((char) b);
		}
		return text.toString();
	}

	static Response post(int port, String hostHeader, String origin, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder req = new StringBuilder();
		req.append("POST /mcp HTTP/1.1\r\n");
		req.append("Host: ").append(hostHeader).append("\r\n");
		if (origin != null) {
			req.append("Origin: ").append(origin).append("\r\n");
		}
		req.append("Accept: application/json, text/event-stream\r\n");
		req.append("Content-Type: application/json\r\n");
		req.append("Content-Length: ").append(bytes.length).append("\r\n");
		req.append("Connection: close\r\n\r\n");
		req.append(new String(bytes, StandardCharsets.ISO_8859_1));
		return exchange("127.0.0.1", port, req.toString());
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		String text = all.toString(StandardCharsets.UTF_8);
		int headerEnd = text.indexOf("\r\n\r\n");
		String head = headerEnd >= 0 ? text.substring(0, headerEnd) : text;
		String body = headerEnd >= 0 ? text.substring(headerEnd + 4) : "";
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
			}
		}
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Response(status, headers, body);
	}

	private static String dechunk(String body) {
		StringBuilder out = new StringBuilder();
		int pos = 0;
		while (pos < body.length()) {
			int lineEnd = body.indexOf("\r\n", pos);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(body.substring(pos, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
			pos = lineEnd + 2 + size + 2;
		}
		return out.toString();
	}

}
