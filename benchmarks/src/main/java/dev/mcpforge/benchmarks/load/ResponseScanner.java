package dev.mcpforge.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads newline-delimited JSON-RPC lines as bytes and picks out only what the stdio load needs,
 * the numeric {@code "id"} and whether the line is a {@code "result"}, without decoding text or
 * allocating per line, so the generator spends as little CPU as possible. Not thread-safe.
 */
final class ResponseScanner {

	private static final byte[] ID = "\"id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] RESULT = "\"result\"".getBytes(StandardCharsets.US_ASCII);

	private final InputStream in;

	private byte[] buffer = new byte[64 * 1024];

	private int pos;

	private int limit;

	private long id;

	private boolean result;

	ResponseScanner(InputStream in) {
		this.in = in;
	}

	/** Advances to the next complete line; {@code false} at end of stream. */
	boolean next() throws IOException {
		while (true) {
			int newline = indexOf((byte) '\n', pos, limit);
			if (newline >= 0) {
				id = idIn(pos, newline);
				result = indexOf(RESULT, pos, newline) >= 0;
				pos = newline + 1;
				return true;
			}
			if (!fill()) {
				return false;
			}
		}
	}

	/** The current line's numeric id, or -1 when it has none. */
	long id() {
		return id;
	}

	/** Whether the current line carries a result (rather than an error, or being a request). */
	boolean isResult() {
		return result;
	}

	/** Whether another complete line is already buffered, i.e. {@link #next()} will not block. */
	boolean hasCompleteLine() {
		return indexOf((byte) '\n', pos, limit) >= 0;
	}

	private boolean fill() throws IOException {
		if (pos > 0) {
			System.arraycopy(buffer, pos, buffer, 0, limit - pos);
			limit -= pos;
			pos = 0;
		}
		if (limit == buffer.length) {
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		int n = in.read(buffer, limit, buffer.length - limit);
		if (n < 0) {
			return false;
		}
		limit += n;
		return true;
	}

	private long idIn(int from, int to) {
		int at = indexOf(ID, from, to);
		if (at < 0) {
			return -1;
		}
		long value = 0;
		int digits = 0;
		for (int i = at + ID.length; i < to && buffer[i] >= '0' && buffer[i] <= '9'; i++, digits++) {
			value = value * 10 + (buffer[i] - '0');
		}
		return digits == 0 ? -1 : value;
	}

	private int indexOf(byte b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (buffer[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private int indexOf(byte[] pattern, int from, int to) {
		outer: for (int i = from; i <= to - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (buffer[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
