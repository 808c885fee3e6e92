package dev.mcpforge.server.internal.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into {@code \n}-terminated lines (a trailing {@code \r} is dropped)
 * while never holding more than {@code maxLineBytes} of one line in memory. A longer line
 * is skipped up to its newline and reported as {@link Line#OVERSIZED}. Not thread-safe.
 */
final class LineReader {

	/** One line, without its terminator. */
	record Line(byte[] bytes, boolean oversized) {

		static final Line OVERSIZED = new Line(new byte[0], true);

		boolean isBlank() {
			for (byte b : bytes) {
				if (b != ' ' && b != '\t' && b != '\r') {
					return false;
				}
			}
			return true;
		}

	}

	private static final int INITIAL_LINE_CAPACITY = 1024;

	// A buffer that grew for one big message is given back rather than kept for the session's life.
	private static final int RETAINED_LINE_CAPACITY = 64 * 1024;

	private final InputStream in;

	private final int maxLineBytes;

	private final byte[] chunk;

	private int pos;

	private int limit;

	private boolean eof;

	private byte[] line = new byte[INITIAL_LINE_CAPACITY];

	private int length;

	LineReader(InputStream in, int maxLineBytes, int chunkSize) {
		if (maxLineBytes <= 0 || maxLineBytes > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("maximum message size out of range: " + maxLineBytes);
		}
		this.in = in;
		this.maxLineBytes = maxLineBytes;
		this.chunk = new byte[chunkSize];
	}

	/** The next line, {@link Line#OVERSIZED} for a skipped one, or {@code null} at end of stream. */
	Line next() throws IOException {
		length = 0;
		boolean discarding = false;
		while (true) {
			if (pos == limit && !fill()) {
				if (discarding) {
					return Line.OVERSIZED;
				}
				return length > 0 ? take() : null;
			}
			int newline = indexOfNewline();
			int end = newline < 0 ? limit : newline;
			if (!discarding) {
				// one byte of slack for a '\r' that take() strips
				if ((long) length + (end - pos) > maxLineBytes + 1L) {
					discarding = true;
					length = 0;
					line = new byte[INITIAL_LINE_CAPACITY];
				}
				else {
					append(pos, end);
				}
			}
			pos = newline < 0 ? limit : newline + 1;
			if (newline >= 0) {
				return discarding ? Line.OVERSIZED : take();
			}
		}
	}

	/** Capacity of the line buffer; for tests that check a long line is not buffered. */
	int bufferCapacity() {
		return line.length;
	}

	private boolean fill() throws IOException {
		if (eof) {
			return false;
		}
		int n;
		do {
			n = in.read(chunk, 0, chunk.length);
		}
		while (n == 0);
		if (n < 0) {
			eof = true;
			return false;
		}
		pos = 0;
		limit = n;
		return true;
	}

	private int indexOfNewline() {
		for (int i = pos; i < limit; i++) {
			if (chunk[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private void append(int from, int to) {
		int n = to - from;
		if (length + n > line.length) {
			int capacity = (int) Math.min(Math.max(line.length * 2L, (long) length + n), maxLineBytes + 1L);
			line = Arrays.copyOf(line, capacity);
		}
		System.arraycopy(chunk, from, line, length, n);
		length += n;
	}

	private Line take() {
		int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
		length = 0;
		if (n > maxLineBytes) {
			return Line.OVERSIZED;
		}
		byte[] bytes = Arrays.copyOf(line, n);
		if (line.length > RETAINED_LINE_CAPACITY) {
			line = new byte[INITIAL_LINE_CAPACITY];
		}
		return new Line(bytes, false);
	}

}
