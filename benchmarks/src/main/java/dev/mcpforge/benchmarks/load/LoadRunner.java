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
		String jar = ownJar();
		String javaBin = javaBin();

		System.out.printf("transport=%s concurrency=%d warmup=%ds duration=%ds rounds=%d%n", transport, concurrency,
				warmup.toSeconds(), duration.toSeconds(), rounds);
		System.out.printf("%-6s %-9s %10s %9s %9s %7s  %s%n", "round", "impl", "calls/s", "p50(us)", "p99(us)",
				"errors", "note");
		List<Measurement> mcpforge = new ArrayList<>();
		List<Measurement> sdk = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			List<String> order = round % 2 == 1 ? List.of("mcpforge", "sdk") : List.of("sdk", "mcpforge");
			for (String impl : order) {
				Measurement m = measure(javaBin, jar, impl, transport, concurrency, warmup, duration);
				(impl.equals("mcpforge") ? mcpforge : sdk).add(m);
				System.out.printf("%-6d %-9s %10.0f %9d %9d %7d  %s%n", round, impl, m.callsPerSecond(), m.p50(),
						m.p99(), m.errors(), m.note());
			}
		}
		if (sdk.stream().anyMatch(m -> !m.note().isEmpty()) || mcpforge.stream().anyMatch(m -> !m.note().isEmpty())) {
			System.out.println("mcpforge/sdk: no ratio, a server stalled (see notes)");
			return;
		}
		double throughput = mean(mcpforge, Measurement::callsPerSecond) / mean(sdk, Measurement::callsPerSecond);
		double p99 = mean(mcpforge, m -> (double) m.p99()) / mean(sdk, m -> (double) m.p99());
		System.out.printf("mcpforge/sdk: throughput %.2fx, p99 %.2fx%n", throughput, p99);
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
			return HttpLoad.run(impl, endpoint, transport.equals("http"), concurrency, warmup, duration);
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

	static String ownJar() throws java.net.URISyntaxException {
		return new File(LoadRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
	}

	static String javaBin() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

	static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
