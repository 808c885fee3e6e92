package dev.mcpforge.benchmarks.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Pipelined stdio load: one child process, {@code inFlight} requests outstanding at all times.
 * A server that stops answering for 5 s is reported as stalled rather than waited for.
 */
final class StdioLoad {

	private StdioLoad() {
	}

	static Measurement run(String impl, Process server, int inFlight, Duration warmup, Duration duration)
			throws Exception {
		OutputStream toServer = server.getOutputStream();
		BufferedReader fromServer = new BufferedReader(
				new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		write(toServer, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
				+ "\"capabilities\":{},\"clientInfo\":{\"name\":\"load\",\"version\":\"1\"}}}");
		fromServer.readLine();
		write(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

		Map<Long, Long> sentAt = new ConcurrentHashMap<>();
		Semaphore permits = new Semaphore(inFlight);
		Histogram histogram = new Histogram(60_000_000L, 3);
		AtomicLong calls = new AtomicLong();
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long end = measureFrom + duration.toNanos();
		Thread reader = new Thread(() -> {
			try {
				String line;
				while ((line = fromServer.readLine()) != null) {
					long now = System.nanoTime();
					Long sent = sentAt.remove(idOf(line));
					if (sent != null) {
						if (sent >= measureFrom && line.contains("\"result\"")) {
							calls.incrementAndGet();
							synchronized (histogram) {
								histogram.recordValue(Math.max(1, (now - sent) / 1_000));
							}
						}
						permits.release();
					}
				}
			}
			catch (Exception e) {
				// the process went away
			}
		}, "stdio-load-reader");
		reader.setDaemon(true);
		reader.start();

		String note = "";
		long id = 1;
		while (System.nanoTime() < end) {
			if (!permits.tryAcquire(5, TimeUnit.SECONDS)) {
				note = "STALLED: no answer for 5 s with " + inFlight + " in flight (" + sentAt.size() + " outstanding)";
				break;
			}
			long requestId = ++id;
			sentAt.put(requestId, System.nanoTime());
			write(toServer, "{\"jsonrpc\":\"2.0\",\"id\":" + requestId
					+ ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"}}}");
		}
		return new Measurement(impl, calls.get(), 0, duration.toNanos() / 1e9, histogram, note);
	}

	private static synchronized void write(OutputStream out, String line) throws java.io.IOException {
		out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private static Long idOf(String line) {
		int at = line.indexOf("\"id\":");
		if (at < 0) {
			return -1L;
		}
		int from = at + 5;
		int to = from;
		while (to < line.length() && Character.isDigit(line.charAt(to))) {
			to++;
		}
		return to == from ? -1L : Long.parseLong(line.substring(from, to));
	}

}
