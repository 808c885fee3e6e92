package dev.mcpforge.benchmarks.load;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives an mcpforge server and a raw-SDK server, each with the same {@code echo} tool on the same
 * transport, with the same load, in alternating A/B rounds, and prints throughput, p50/p99 and the
 * ratio mcpforge/sdk. Each server runs in its own JVM ({@code -Xmx512m}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.mcpforge.benchmarks.load.LoadRunner \
 *     --transport http|http-stateless|stdio --concurrency 16 --warmup 5 --duration 20 --rounds 2
 * </pre>
 * For stdio, {@code --concurrency} is the number of requests kept in flight on the one pipe.
 */
public final class LoadRunner {

	private LoadRunner() {
	}

	public static void main(String[] args) throws Exception {
		String transport = option(args, "--transport", "http");
		int concurrency = Integer.parseInt(option(args, "--concurrency", "16"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(option(args, "--warmup", "5")));
		Duration duration = Duration.ofSeconds(Long.parseLong(option(args, "--duration", "20")));
		int rounds = Integer.parseInt(option(args, "--rounds", "2"));
		String jar = new File(LoadRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
		String javaBin = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";

		System.out.printf("transport=%s concurrency=%d warmup=%ds duration=%ds rounds=%d%n", transport, concurrency,
				warmup.toSeconds(), duration.toSeconds(), rounds);
		System.out.printf("%-6s %-11s %10s %9s %9s %12s %7s  %s%n", "round", "impl", "calls/s", "p50(us)", "p99(us)",
				"cpu(us)/call", "errors", "note");
		// A and B: mcpforge and the raw SDK, unless --a / --b name other EchoServers variants
		String a = option(args, "--a", "mcpforge");
		String b = option(args, "--b", "sdk");
		// A's server may come from another build of this jar (--a-jar), to compare two versions
		String jarA = option(args, "--a-jar", jar);
		List<Measurement> mcpforge = new ArrayList<>();
		List<Measurement> sdk = new ArrayList<>();
		if (!transport.equals("stdio")) {
			// the load generator (JDK HttpClient, in this JVM) is cold at first: without this
			// unrecorded run, whichever server comes first in round 1 is measured slower
			Measurement m = measure(javaBin, jar, b, transport, concurrency, warmup, warmup);
			System.out.printf("%-6s %-11s %10.0f %9d %9d %12.0f %7d  %s%n", "warm", "B " + b, m.callsPerSecond(), m.p50(),
					m.p99(), m.serverCpuMicrosPerCall(), m.errors(), "load generator warm-up, not counted");
		}
		for (int round = 1; round <= rounds; round++) {
			List<Boolean> order = round % 2 == 1 ? List.of(true, false) : List.of(false, true);
			for (boolean isA : order) {
				String impl = isA ? a : b;
				Measurement m = measure(javaBin, isA ? jarA : jar, impl, transport, concurrency, warmup, duration);
				(isA ? mcpforge : sdk).add(m);
				System.out.printf("%-6d %-11s %10.0f %9d %9d %12.0f %7d  %s%n", round, (isA ? "A " : "B ") + impl, m.callsPerSecond(), m.p50(),
						m.p99(), m.serverCpuMicrosPerCall(), m.errors(), m.note());
			}
		}
		if (sdk.stream().anyMatch(m -> !m.note().isEmpty()) || mcpforge.stream().anyMatch(m -> !m.note().isEmpty())) {
			System.out.printf("%s/%s: no ratio, a server stalled (see notes)%n", a, b);
			return;
		}
		double throughput = mean(mcpforge, Measurement::callsPerSecond) / mean(sdk, Measurement::callsPerSecond);
		double p99 = mean(mcpforge, m -> (double) m.p99()) / mean(sdk, m -> (double) m.p99());
		double cpu = mean(mcpforge, Measurement::serverCpuMicrosPerCall) / mean(sdk, Measurement::serverCpuMicrosPerCall);
		System.out.printf("%s/%s: throughput %.2fx, p99 %.2fx, server CPU per call %.2fx%n", a, b, throughput, p99, cpu);
	}

	private static Measurement measure(String javaBin, String jar, String impl, String transport, int concurrency,
			Duration warmup, Duration duration) throws Exception {
		int port = transport.equals("stdio") ? 0 : freePort();
		ProcessBuilder builder = new ProcessBuilder(EchoServers.command(javaBin, jar, impl, transport, port))
			.redirectError(ProcessBuilder.Redirect.DISCARD);
		Process server = builder.start();
		try {
			if (transport.equals("stdio")) {
				return StdioLoad.run(impl, server, concurrency, warmup, duration);
			}
			URI endpoint = URI.create("http://127.0.0.1:" + port + "/mcp");
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!HttpLoad.ready(endpoint)) {
				if (System.nanoTime() > deadline || !server.isAlive()) {
					throw new IllegalStateException(impl + " server did not start on " + endpoint);
				}
				Thread.sleep(50);
			}
			return HttpLoad.run(impl, endpoint, transport.equals("http"), concurrency, warmup, duration, server.toHandle());
		}
		finally {
			server.destroy();
			if (!server.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor();
			}
		}
	}

	private static double mean(List<Measurement> runs, java.util.function.ToDoubleFunction<Measurement> value) {
		return runs.stream().mapToDouble(value).average().orElse(Double.NaN);
	}

	private static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
