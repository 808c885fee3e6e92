package dev.mcpforge.benchmarks.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.Histogram;

/**
 * Pipelined stdio load: one child process, {@code inFlight} requests outstanding at all times.
 * A server that stops answering for 5 s (30 s before its first answered call) is reported as
 * stalled rather than waited for.
 * <p>
 * The generator shares the cores with the server, so it is kept lean and identical for every
 * server: requests are pre-encoded bytes written through one buffer that is flushed only when
 * no permit is left (a burst of answers becomes one write), and one reader thread scans the
 * answers as bytes ({@link ResponseScanner}) and releases the permits of a whole read at once.
 * Its own CPU time per call is reported in the note ({@code gen}), the server's in the CPU column.
 */
final class StdioLoad {

	private static final byte[] CALL_PREFIX = "{\"jsonrpc\":\"2.0\",\"id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CALL_SUFFIX = (",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
			+ "\"arguments\":{\"message\":\"hi\"}}}\n").getBytes(StandardCharsets.US_ASCII);

	// send times by id modulo the size; far more slots than requests can be in flight
	private static final int SLOTS = 1 << 16;

	private StdioLoad() {
	}

	static Measurement run(String impl, Process server, int inFlight, Duration warmup, Duration duration)
			throws Exception {
		OutputStream toServer = new BufferedOutputStream(server.getOutputStream(), 64 * 1024);
		AtomicLongArray sentAt = new AtomicLongArray(SLOTS);
		Semaphore permits = new Semaphore(0);
		Histogram histogram = new Histogram(60_000_000L, 3);
		AtomicLong calls = new AtomicLong();
		AtomicLong answered = new AtomicLong(); // calls answered, measured or not
		// the measured window, known once the server has answered initialize
		AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
		AtomicLong end = new AtomicLong(Long.MIN_VALUE);
		Thread reader = new Thread(() -> readAnswers(new ResponseScanner(server.getInputStream()), sentAt, permits,
				histogram, calls, answered, measureFrom, end), "stdio-load-reader");
		reader.setDaemon(true);
		reader.start();

		sentAt.set(0, System.nanoTime());
		toServer.write(("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
				+ "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"load\",\"version\":\"1\"}}}\n")
			.getBytes(StandardCharsets.US_ASCII));
		toServer.flush();
		if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(impl + " did not answer initialize within 30 s");
		}
		toServer.write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
			.getBytes(StandardCharsets.US_ASCII));
		end.set(System.nanoTime() + warmup.toNanos() + duration.toNanos());
		measureFrom.set(end.get() - duration.toNanos());
		permits.release(inFlight);

		ProcessHandle generator = ProcessHandle.current();
		long[] serverCpu = { -1, -1 };
		long[] generatorCpu = { -1, -1 };
		boolean measuring = false;
		String note = "";
		long id = 0;
		byte[] digits = new byte[20];
		while (true) {
			long now = System.nanoTime();
			if (!measuring && now >= measureFrom.get()) {
				measuring = true;
				serverCpu[0] = cpuNanos(server.toHandle());
				generatorCpu[0] = cpuNanos(generator);
			}
			if (now >= end.get()) {
				break;
			}
			if (!permits.tryAcquire()) {
				toServer.flush();
				// the first call may load and build what initialize did not need (a cold JVM on busy
				// cores took over 5 s once): a stall is a server that stops answering once it has
				int seconds = answered.get() == 0 ? 30 : 5;
				if (!permits.tryAcquire(seconds, TimeUnit.SECONDS)) {
					note = "STALLED: no answer for " + seconds + " s with " + inFlight + " in flight"
							+ (answered.get() == 0 ? ", none answered" : "");
					break;
				}
			}
			long requestId = ++id;
			sentAt.set((int) (requestId & (SLOTS - 1)), System.nanoTime());
			toServer.write(CALL_PREFIX);
			int n = ascii(requestId, digits);
			toServer.write(digits, digits.length - n, n);
			toServer.write(CALL_SUFFIX);
		}
		toServer.flush();
		serverCpu[1] = cpuNanos(server.toHandle());
		generatorCpu[1] = cpuNanos(generator);
		long measured = calls.get();
		if (note.isEmpty()) {
			note = String.format("gen %.1f us/call", perCall(generatorCpu, measured));
		}
		return new Measurement(impl, measured, 0, duration.toNanos() / 1e9, histogram, note, -1,
				perCall(serverCpu, measured));
	}

	private static void readAnswers(ResponseScanner answers, AtomicLongArray sentAt, Semaphore permits,
			Histogram histogram, AtomicLong calls, AtomicLong answered, AtomicLong measureFrom, AtomicLong end) {
		try {
			int released = 0;
			while (answers.next()) {
				long id = answers.id();
				if (id < 0) {
					continue;
				}
				long sent = sentAt.getAndSet((int) (id & (SLOTS - 1)), 0);
				if (sent == 0) {
					continue; // not ours, or answered twice
				}
				long now = System.nanoTime();
				if (sent >= measureFrom.get() && now <= end.get() && answers.isResult()) {
					calls.incrementAndGet();
					synchronized (histogram) {
						histogram.recordValue(Math.max(1, (now - sent) / 1_000));
					}
				}
				if (id > 0) { // not initialize
					answered.incrementAndGet();
				}
				released++;
				if (!answers.hasCompleteLine()) {
					permits.release(released);
					released = 0;
				}
			}
		}
		catch (IOException e) {
			// the process went away
		}
	}

	/** Writes {@code value}'s decimal digits at the end of {@code into}; returns how many. */
	private static int ascii(long value, byte[] into) {
		int at = into.length;
		do {
			into[--at] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value > 0);
		return into.length - at;
	}

	private static double perCall(long[] cpuNanos, long calls) {
		return cpuNanos[0] < 0 || cpuNanos[1] < 0 || calls == 0 ? Double.NaN : (cpuNanos[1] - cpuNanos[0]) / 1e3 / calls;
	}

	private static long cpuNanos(ProcessHandle process) {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
	}

}
