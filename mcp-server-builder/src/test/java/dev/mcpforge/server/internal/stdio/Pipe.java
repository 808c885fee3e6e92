package dev.mcpforge.server.internal.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An unbounded in-memory pipe. Unlike {@code PipedInputStream} it does not break when the
 * thread that last wrote dies, and a blocked read ends on interrupt or on {@link #close()}.
 */
final class Pipe {

	private static final byte[] EOF = new byte[0];

	private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();

	private boolean closed;

	final OutputStream sink = new OutputStream() {

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			synchronized (Pipe.this) {
				if (closed) {
					throw new IOException("pipe closed");
				}
				if (len > 0) {
					chunks.add(Arrays.copyOfRange(b, off, off + len));
				}
			}
		}

		@Override
		public void close() {
			Pipe.this.close();
		}
	};

	final InputStream source = new InputStream() {

		private byte[] current;

		private int pos;

		private boolean eof;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (len == 0) {
				return 0;
			}
			if (eof) {
				return -1;
			}
			if (current == null || pos == current.length) {
				try {
					current = chunks.take();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new InterruptedIOException("interrupted");
				}
				pos = 0;
				if (current == EOF) {
					eof = true;
					return -1;
				}
			}
			int n = Math.min(len, current.length - pos);
			System.arraycopy(current, pos, b, off, n);
			pos += n;
			return n;
		}
	};

	synchronized void close() {
		if (!closed) {
			closed = true;
			chunks.add(EOF);
		}
	}

}
