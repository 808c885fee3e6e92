package dev.mcpforge.benchmarks.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Not an MCP server: answers every stdin line that carries an id with a canned {@code echo} result
 * for that id, doing no JSON work at all. The stdio load generator's ceiling on this machine
 * ({@code --impls line-echo}): a server measured close to it is limited by the generator.
 */
final class LineEchoServer {

	private static final byte[] PREFIX = "{\"jsonrpc\":\"2.0\",\"id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SUFFIX = ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}}\n"
		.getBytes(StandardCharsets.US_ASCII);

	private LineEchoServer() {
	}

	static void serve(InputStream in, OutputStream target) throws IOException {
		OutputStream out = new BufferedOutputStream(target, 64 * 1024);
		ResponseScanner lines = new ResponseScanner(in);
		while (lines.next()) {
			if (lines.id() >= 0) {
				out.write(PREFIX);
				out.write(Long.toString(lines.id()).getBytes(StandardCharsets.US_ASCII));
				out.write(SUFFIX);
			}
			if (!lines.hasCompleteLine()) {
				out.flush();
			}
		}
		out.flush();
	}

}
