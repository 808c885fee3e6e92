package dev.mcpforge.server.internal.stdio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes lines from any number of threads through one writer thread and an unbounded
 * queue, so senders never block on a slow reader of the output and never fail. The
 * stream is flushed whenever the queue runs dry, which batches bursts into few writes.
 */
final class LineWriter {

	private static final Logger log = LoggerFactory.getLogger(LineWriter.class);

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();

	private final OutputStream out;

	private final Thread thread;

	private final CompletableFuture<Void> terminated = new CompletableFuture<>();

	private volatile boolean accepting = true;

	private boolean started;

	LineWriter(OutputStream target, String threadName) {
		this.out = new BufferedOutputStream(target, 64 * 1024);
		// Daemon: a writer stuck on an output nobody reads must not keep the JVM alive.
		this.thread = new Thread(this::run, threadName);
		this.thread.setDaemon(true);
	}

	synchronized void start() {
		if (!started && accepting) {
			started = true;
			thread.start();
		}
	}

	/** Queues one line (without its newline); {@code false} if the writer is closed. */
	boolean offer(byte[] line) {
		if (!accepting) {
			return false;
		}
		queue.add(line);
		return true;
	}

	/** Stops accepting lines; completes once everything queued so far has been written. */
	CompletableFuture<Void> closeGracefully() {
		stop(false);
		return terminated.copy(); // a caller cancelling its copy cannot break the others'
	}

	/** Stops accepting lines and drops what is still queued. */
	void close() {
		stop(true);
	}

	boolean isTerminated() {
		return terminated.isDone();
	}

	Thread thread() {
		return thread;
	}

	private synchronized void stop(boolean discard) {
		accepting = false;
		if (discard) {
			queue.clear();
		}
		queue.add(END);
		if (!started) {
			terminated.complete(null);
		}
	}

	private void run() {
		try {
			while (true) {
				byte[] line = queue.poll();
				if (line == null) {
					out.flush();
					line = queue.take();
				}
				if (line == END) {
					break;
				}
				out.write(line);
				out.write('\n');
			}
			out.flush();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException e) {
			accepting = false;
			queue.clear();
			log.warn("Output stream failed, dropping further messages: {}", e.toString());
		}
		finally {
			terminated.complete(null);
		}
	}

}
