package dev.mcpforge.server.internal.stdio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes lines from any number of threads. {@link #offer} queues a line for one writer thread
 * and never blocks, whatever the reader of the output does. {@link #write} writes on the
 * calling thread when nothing is queued and nobody else is writing, which saves a hand-off to
 * the writer thread per answer, and queues otherwise: it may block only while the output
 * itself blocks. Lines from one thread keep their order either way. The writer thread flushes
 * whenever the queue runs dry, which batches bursts into few writes.
 */
final class LineWriter {

	private static final Logger log = LoggerFactory.getLogger(LineWriter.class);

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();

	// lines queued and not yet written: a direct write must not overtake one of them
	private final AtomicInteger pending = new AtomicInteger();

	// held while writing to out
	private final ReentrantLock output = new ReentrantLock();

	private final OutputStream out;

	private final Thread thread;

	private final CompletableFuture<Void> terminated = new CompletableFuture<>();

	private volatile boolean accepting = true;

	private volatile boolean started;

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

	/** Queues one line (without its newline) for the writer thread; {@code false} if the writer is closed. */
	boolean offer(byte[] line) {
		if (!accepting) {
			return false;
		}
		pending.incrementAndGet();
		queue.add(line);
		return true;
	}

	/** Writes one line (without its newline) now if the output is idle, else queues it; {@code false} if closed. */
	boolean write(byte[] line) {
		if (pending.get() == 0 && output.tryLock()) {
			try {
				if (pending.get() == 0 && accepting && started) {
					out.write(line);
					out.write('\n');
					out.flush();
					return true;
				}
			}
			catch (IOException | RuntimeException e) {
				failed(e);
				return false;
			}
			finally {
				output.unlock();
			}
		}
		return offer(line);
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
			boolean ended = false;
			while (!ended) {
				byte[] line = queue.take();
				output.lock();
				try {
					for (; line != null; line = queue.poll()) {
						if (line == END) {
							ended = true;
							break;
						}
						out.write(line);
						out.write('\n');
						pending.decrementAndGet();
					}
					out.flush();
				}
				finally {
					output.unlock();
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException e) {
			failed(e);
		}
		finally {
			terminated.complete(null);
		}
	}

	private void failed(Exception e) {
		if (accepting) {
			log.warn("Output stream failed, dropping further messages: {}", e.toString());
		}
		stop(true);
	}

}
