package dev.mcpforge.server.internal.stdio;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;

/**
 * Keeps stray {@code System.out} output away from a stdio MCP connection, where anything
 * on stdout that is not a protocol line corrupts the stream for the client.
 */
public final class StdioStreams {

	private static PrintStream protocolOut;

	private StdioStreams() {
	}

	/**
	 * Takes the current {@code System.out} for the protocol and replaces {@code System.out}
	 * with a stream that forwards to {@code System.err} (whatever it is at write time).
	 * Idempotent: later calls return the stream captured by the first.
	 * @return the real standard output, for the transport alone to write to
	 */
	public static synchronized OutputStream protectStdout() {
		if (protocolOut == null) {
			PrintStream real = System.out;
			real.flush();
			System.setOut(redirectToStderr());
			protocolOut = real;
		}
		return protocolOut;
	}

	/** Puts the captured stream back as {@code System.out}; for tests and embedders. */
	public static synchronized void restoreStdout() {
		if (protocolOut != null) {
			System.out.flush();
			System.setOut(protocolOut);
			protocolOut = null;
		}
	}

	private static PrintStream redirectToStderr() {
		OutputStream toStderr = new OutputStream() {

			@Override
			public void write(int b) {
				System.err.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				System.err.write(b, off, len);
			}

			@Override
			public void flush() {
				System.err.flush();
			}

			@Override
			public void close() {
				flush(); // closing System.out must not close stderr
			}
		};
		try {
			return new PrintStream(toStderr, true, stdoutCharset());
		}
		catch (UnsupportedEncodingException e) {
			return new PrintStream(toStderr, true);
		}
	}

	// What System.out encoded with, so redirected text keeps its bytes (Java 17 has no PrintStream.charset()).
	private static String stdoutCharset() {
		String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
		return name != null && Charset.isSupported(name) ? name : Charset.defaultCharset().name();
	}

}
