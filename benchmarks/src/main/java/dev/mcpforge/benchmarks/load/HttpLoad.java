package dev.mcpforge.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP load: {@code concurrency} clients, each with its own session (when stateful),
 * calling {@code echo} back to back; latencies after the warm-up go into one histogram.
 */
final class HttpLoad {

	private static final String ACCEPT = "application/json, text/event-stream";

	private HttpLoad() {
	}

	static Measurement run(String impl, URI endpoint, boolean stateful, int concurrency, Duration warmup,
			Duration duration, ProcessHandle server) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long end = measureFrom + duration.toNanos();
		AtomicLong calls = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
		List<Histogram> histograms = new ArrayList<>();
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			Histogram histogram = new Histogram(60_000_000L, 3);
			histograms.add(histogram);
			Thread worker = new Thread(() -> {
				try {
					String session = initialize(http, endpoint, stateful);
					long id = 10;
					while (true) {
						long t0 = System.nanoTime();
						if (t0 >= end) {
							break;
						}
						HttpResponse<String> response;
						try {
							response = http.send(post(endpoint, session,
									"{\"jsonrpc\":\"2.0\",\"id\":" + (++id)
											+ ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"}}}"),
									HttpResponse.BodyHandlers.ofString());
						}
						catch (java.io.IOException e) {
							// a failed exchange (e.g. the connection closed under it) is an error, not the end
							errors.incrementAndGet();
							firstError.compareAndSet(null, String.format("first error at %.1f s: %s",
									(System.nanoTime() - start) / 1e9, e));
							continue;
						}
						long t1 = System.nanoTime();
						if (t0 >= measureFrom) {
							if (response.statusCode() == 200 && response.body().contains("\"result\"")) {
								calls.incrementAndGet();
								histogram.recordValue(Math.max(1, (t1 - t0) / 1_000));
							}
							else {
								errors.incrementAndGet();
								firstError.compareAndSet(null, "first error: HTTP " + response.statusCode() + " "
										+ response.body().substring(0, Math.min(120, response.body().length())));
							}
						}
					}
				}
				catch (Exception e) {
					// this client stops: counted once
					errors.incrementAndGet();
					firstError.compareAndSet(null, "first error (a client stopped): " + e);
				}
			}, "load-" + w);
			workers.add(worker);
			worker.start();
		}
		// the server's CPU time over the measured window: per call, it is far less noisy than the
		// throughput when the load generator and other builds share the cores
		long[] cpuNanos = new long[2];
		Thread sampler = new Thread(() -> {
			try {
				sleepUntil(measureFrom);
				cpuNanos[0] = cpuNanos(server);
				sleepUntil(end);
				cpuNanos[1] = cpuNanos(server);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "load-cpu-sampler");
		sampler.start();
		for (Thread worker : workers) {
			worker.join();
		}
		sampler.join();
		Histogram all = new Histogram(60_000_000L, 3);
		histograms.forEach(all::add);
		double cpuPerCall = cpuNanos[0] < 0 || cpuNanos[1] < 0 || calls.get() == 0 ? Double.NaN
				: (cpuNanos[1] - cpuNanos[0]) / 1e3 / calls.get();
		return new Measurement(impl, calls.get(), errors.get(), duration.toNanos() / 1e9, all,
				firstError.get() == null ? "" : firstError.get(), -1, cpuPerCall);
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long left;
		while ((left = nanoTime - System.nanoTime()) > 0) {
			Thread.sleep(Math.max(1, left / 1_000_000));
		}
	}

	/** Total CPU time of the process so far, or -1 when the platform does not tell. */
	private static long cpuNanos(ProcessHandle process) {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
	}

	static boolean ready(URI endpoint) {
		try {
			HttpClient http = HttpClient.newHttpClient();
			return http.send(post(endpoint, null, initializeBody()), HttpResponse.BodyHandlers.ofString())
				.statusCode() == 200;
		}
		catch (Exception e) {
			return false;
		}
	}

	private static String initialize(HttpClient http, URI endpoint, boolean stateful) throws Exception {
		HttpResponse<String> response = http.send(post(endpoint, null, initializeBody()),
				HttpResponse.BodyHandlers.ofString());
		if (!stateful) {
			return null;
		}
		String session = response.headers().firstValue("mcp-session-id").orElseThrow();
		http.send(post(endpoint, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
				HttpResponse.BodyHandlers.discarding());
		return session;
	}

	private static String initializeBody() {
		return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
				+ "\"capabilities\":{},\"clientInfo\":{\"name\":\"load\",\"version\":\"1\"}}}";
	}

	private static HttpRequest post(URI endpoint, String session, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", ACCEPT)
			.header("mcp-protocol-version", "2025-11-25")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("mcp-session-id", session);
		}
		return request.build();
	}

}
