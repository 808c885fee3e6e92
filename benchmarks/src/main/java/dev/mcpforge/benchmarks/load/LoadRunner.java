package dev.mcpforge.benchmarks.load;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives an mcpforge server and a raw-SDK server, each with the same {@code echo} tool on the same
 * transport, with the same load, in alternating A/B rounds, and prints throughput, p50/p99 and the
 * ratio of each to the raw SDK, including the servers' peak resident memory ({@code VmHWM}, read
 * from {@code /proc} at the end of each run). Each server runs in its own JVM ({@code -Xmx512m}, or
 * the JVM's default heap sizing with {@code --heap default}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.mcpforge.benchmarks.load.LoadRunner \
 *     --transport http|http-stateless|stdio --concurrency 16 --warmup 5 --duration 20 --rounds 2 \
 *     [--impls mcpforge,sdk] [--peer hello|quarkus|ts] [--hello-jar examples/hello-server/target/hello-server.jar] \
 *     [--heap 512m|default] [--ts-modules interop-tests/node_modules] [--node node]
 * </pre>
 * Each run also
 * reports the server's CPU time per call over the measured window; over HTTP an unrecorded run first warms
 * up the load generator. JVM options for the echo servers come from {@code -Dload.serverJvmArgs="..."}
 * ({@code %s} becomes the impl's name), e.g. a flight recording each.
 * {@code hello} is the {@code examples/hello-server} jar (its {@code echo} tool takes the same arguments),
 * {@code hello-launcher} the same started by the launcher beside it, with that script's JVM options;
 * {@code quarkus} is Quarkus's MCP server (quarkus-mcp-server-http) with the same tool, built apart from
 * the reactor ({@code benchmarks/quarkus-peer}), streamable HTTP only.
 * For stdio, {@code --concurrency} is the number of requests kept in flight on the one pipe; {@code ts} is
 * the TypeScript SDK's echo server ({@link TsPeer}) and {@code line-echo} a non-MCP canned answerer that
 * shows the load generator's own ceiling ({@link LineEchoServer}); over HTTP, {@code jetty-servlet} and
 * {@code jetty-core} are bare JSON echoes on Jetty, through a servlet or its core API: the ceiling of
 * HTTP + JSON here ({@link JettyEchoServer}). Ratios are printed against {@code sdk}
 * and, when it ran, {@code ts}.
 */
public final class LoadRunner {

	/** Where {@code mvn -B -q package -f benchmarks/quarkus-peer/pom.xml} puts the Quarkus peer. */
	static final String QUARKUS_JAR = "benchmarks/quarkus-peer/target/quarkus-app/quarkus-run.jar";

	private LoadRunner() {
	}

	public static void main(String[] args) throws Exception {
		String transport = option(args, "--transport", "http");
		int concurrency = Integer.parseInt(option(args, "--concurrency", "16"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(option(args, "--warmup", "5")));
		Duration duration = Duration.ofSeconds(Long.parseLong(option(args, "--duration", "20")));
		int rounds = Integer.parseInt(option(args, "--rounds", "2"));
		String heap = option(args, "--heap", "512m");
		List<String> impls = new ArrayList<>(List.of(option(args, "--impls", "mcpforge,sdk").split(",")));
		String peer = option(args, "--peer", null);
		if (peer != null && !impls.contains(peer)) {
			impls.add(peer);
		}
		Servers servers = new Servers(javaBin(), ownJar(), heap.equals("default") ? null : heap,
				option(args, "--hello-jar", "examples/hello-server/target/hello-server.jar"),
				option(args, "--quarkus-jar", QUARKUS_JAR), new TsPeer(option(args, "--node", "node"),
						option(args, "--ts-script", TsPeer.SCRIPT), option(args, "--ts-modules", TsPeer.MODULES)));

		System.out.printf("transport=%s concurrency=%d warmup=%ds duration=%ds rounds=%d heap=%s%n", transport,
				concurrency, warmup.toSeconds(), duration.toSeconds(), rounds, heap);
		System.out.printf("%-6s %-12s %10s %9s %9s %12s %7s %9s  %s%n", "round", "impl", "calls/s", "p50(us)",
				"p99(us)", "cpu(us)/call", "errors", "rss(MB)", "note");
		Map<String, List<Measurement>> results = new LinkedHashMap<>();
		impls.forEach(impl -> results.put(impl, new ArrayList<>()));
		if (!transport.equals("stdio")) {
			// the load generator (JDK HttpClient, in this JVM) is cold at first: without this
			// unrecorded run, whichever server comes first in round 1 is measured slower
			Measurement m = measure(servers, impls.get(impls.size() - 1), transport, concurrency, warmup, warmup);
			print("warm", m, "load generator warm-up, not counted");
		}
		for (int round = 1; round <= rounds; round++) {
			List<String> order = new ArrayList<>(impls);
			if (round % 2 == 0) {
				Collections.reverse(order);
			}
			for (String impl : order) {
				Measurement m = measure(servers, impl, transport, concurrency, warmup, duration);
				results.get(impl).add(m);
				print(String.valueOf(round), m, m.note());
			}
		}
		printRatios(results, "sdk");
		if (results.containsKey("ts")) {
			printRatios(results, "ts");
		}
	}

	/** Each impl's mean throughput, p99, peak RSS and server CPU per call relative to {@code base}'s. */
	private static void printRatios(Map<String, List<Measurement>> results, String base) {
		List<Measurement> baseRuns = results.get(base);
		if (baseRuns == null) {
			return;
		}
		for (Map.Entry<String, List<Measurement>> entry : results.entrySet()) {
			String impl = entry.getKey();
			List<Measurement> runs = entry.getValue();
			if (impl.equals(base) || impl.equals("sdk") && !base.equals("sdk")) {
				continue;
			}
			if (baseRuns.stream().anyMatch(LoadRunner::stalled) || runs.stream().anyMatch(LoadRunner::stalled)) {
				System.out.printf("%s/%s: no ratio, a server stalled (see notes)%n", impl, base);
				continue;
			}
			double throughput = mean(runs, Measurement::callsPerSecond) / mean(baseRuns, Measurement::callsPerSecond);
			double p99 = mean(runs, m -> (double) m.p99()) / mean(baseRuns, m -> (double) m.p99());
			double rss = mean(runs, m -> (double) m.peakRssKb()) / mean(baseRuns, m -> (double) m.peakRssKb());
			double cpu = mean(runs, Measurement::serverCpuMicrosPerCall)
					/ mean(baseRuns, Measurement::serverCpuMicrosPerCall);
			System.out.printf("%s/%s: throughput %.2fx, p99 %.2fx, peak RSS %.2fx, server CPU per call %.2fx%n", impl,
					base, throughput, p99, rss, cpu);
		}
	}

	private static void print(String round, Measurement m, String note) {
		System.out.printf("%-6s %-12s %10.0f %9d %9d %12.0f %7d %9s  %s%n", round, m.impl(), m.callsPerSecond(),
				m.p50(), m.p99(), m.serverCpuMicrosPerCall(), m.errors(),
				m.peakRssKb() < 0 ? "-" : String.valueOf(m.peakRssKb() / 1024), note);
	}

	/** How to start each server: the echo servers from this jar, the hello-server from its own. */
	record Servers(String javaBin, String jar, String heap, String helloJar, String quarkusJar, TsPeer ts) {

		List<String> command(String impl, String transport, int port) {
			if (impl.equals("ts")) {
				return ts.command(transport);
			}
			if (impl.equals("hello-launcher")) {
				return EchoServers.launcherCommand(helloJar, impl, EchoServers.helloArgs(transport, port));
			}
			List<String> command = new ArrayList<>(List.of(javaBin));
			if (heap != null) {
				command.add("-Xmx" + heap);
			}
			switch (impl) {
				case "hello" -> {
					command.addAll(EchoServers.serverJvmArgs(impl));
					command.addAll(List.of("-jar", helloJar));
					command.addAll(EchoServers.helloArgs(transport, port));
				}
				case "quarkus" -> {
					if (!transport.equals("http")) {
						throw new IllegalArgumentException("the quarkus peer serves streamable HTTP only (--transport http)");
					}
					if (!new File(quarkusJar).isFile()) {
						throw new IllegalArgumentException("no Quarkus peer at " + quarkusJar
								+ ": build it with mvn -B -q package -f benchmarks/quarkus-peer/pom.xml");
					}
					command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", quarkusJar));
				}
				case "mcpforge", "mcpforge-servlet", "sdk", "line-echo", "jetty-servlet", "jetty-core" -> {
					command.addAll(EchoServers.serverJvmArgs(impl));
					command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", jar,
							EchoServers.class.getName(), impl, transport, String.valueOf(port)));
				}
				default -> throw new IllegalArgumentException("unknown impl '" + impl
						+ "': mcpforge, mcpforge-servlet, sdk, hello, hello-launcher, quarkus, ts, line-echo, jetty-servlet or jetty-core");
			}
			return command;
		}

	}

	private static boolean stalled(Measurement m) {
		return m.note().startsWith("STALLED") || m.callsPerSecond() == 0;
	}

	private static Measurement measure(Servers servers, String impl, String transport, int concurrency,
			Duration warmup, Duration duration) throws Exception {
		int port = transport.equals("stdio") ? 0 : freePort();
		// -Dload.serverLogs=<dir>: each server's stderr appended to <dir>/<impl>.log
		String logs = System.getProperty("load.serverLogs");
		ProcessBuilder builder = new ProcessBuilder(servers.command(impl, transport, port))
			.redirectError(logs == null ? ProcessBuilder.Redirect.DISCARD
					: ProcessBuilder.Redirect.appendTo(new File(logs, impl + ".log")));
		Process server = builder.start();
		try {
			Measurement m;
			if (transport.equals("stdio")) {
				m = StdioLoad.run(impl, server, concurrency, warmup, duration);
			}
			else {
				URI endpoint = URI.create("http://127.0.0.1:" + port + "/mcp");
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				while (!HttpLoad.ready(endpoint)) {
					if (System.nanoTime() > deadline || !server.isAlive()) {
						throw new IllegalStateException(impl + " server did not start on " + endpoint);
					}
					Thread.sleep(50);
				}
				m = HttpLoad.run(impl, endpoint, transport.equals("http"), concurrency, warmup, duration,
						server.toHandle());
			}
			return m.withPeakRssKb(peakRssKb(server.pid()));
		}
		finally {
			server.destroy();
			if (!server.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor();
			}
		}
	}

	/** The process's peak resident set ({@code VmHWM} in {@code /proc/<pid>/status}), or -1 off Linux. */
	static long peakRssKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (java.io.IOException | RuntimeException e) {
			// not Linux, or the process is gone
		}
		return -1;
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
