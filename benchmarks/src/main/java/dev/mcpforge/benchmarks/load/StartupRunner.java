package dev.mcpforge.benchmarks.load;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures start-up: the time from starting a server's JVM to the first successful {@code initialize}
 * response, over HTTP (polling with {@code initialize} every 5 ms until one is answered with 200) and over
 * stdio (one {@code initialize} written at once, timed to its answer line). Each server is started
 * {@code --runs} times, the servers alternating run by run; it prints median and minimum per server and
 * transport and the ratios of each median and minimum to the raw SDK's (on a machine shared with other
 * work, the minimum is the steadier of the two).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.mcpforge.benchmarks.load.StartupRunner \
 *     --runs 10 [--transports http,stdio] [--hello-jar examples/hello-server/target/hello-server.jar]
 *     [--baseline-jar /tmp/hello-server-before.jar]
 * </pre>
 * The servers: {@code hello} ({@code examples/hello-server}'s jar, default JVM settings), {@code mcpforge}
 * and {@code sdk} (the {@code echo} servers of {@link EchoServers}, same JVM flags as the load runner);
 * {@code --baseline-jar} adds {@code baseline}, another build of the hello-server (say, before a change);
 * {@code --servers hello,mcpforge,sdk,quarkus} adds the Quarkus peer (HTTP only; see {@link LoadRunner});
 * {@code hello-cds} is the hello-server started with the class-data archive the build recorded beside its
 * jar ({@code -XX:SharedArchiveFile}, JVM warnings sent to stderr, no other option);
 * {@code hello-launcher} is the hello-server started by the launcher the build writes beside its jar, as the
 * README starts it (its class-data archive and heap options).
 * {@code -Dload.serverJvmArgs="..."} adds JVM options to every server but Quarkus ({@code %s} becomes the
 * server's name), e.g. {@code -Xlog:class+load:file=/tmp/%s.log:uptime,tid} to see what a start loads.
 */
public final class StartupRunner {

	private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
			+ "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"startup\",\"version\":\"1\"}}}";

	private StartupRunner() {
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(LoadRunner.option(args, "--runs", "10"));
		List<String> transports = Arrays.asList(LoadRunner.option(args, "--transports", "http,stdio").split(","));
		List<String> servers = Arrays.asList(LoadRunner.option(args, "--servers", "hello,mcpforge,sdk").split(","));
		String helloJar = LoadRunner.option(args, "--hello-jar", "examples/hello-server/target/hello-server.jar");
		String baselineJar = LoadRunner.option(args, "--baseline-jar", null);
		if (baselineJar != null) {
			servers = new ArrayList<>(servers);
			servers.add(0, "baseline");
		}
		String jar = LoadRunner.ownJar();
		String javaBin = LoadRunner.javaBin();
		if (servers.stream().anyMatch(s -> s.startsWith("hello")) && !new File(helloJar).isFile()) {
			throw new IllegalArgumentException("no hello-server jar at " + helloJar
					+ " (build it with mvn -B -q package -DskipTests -pl examples/hello-server -am, or pass --hello-jar)");
		}
		// recorded by the build's training run, beside the jar (where the launcher finds it too)
		String archive = helloJar.replaceFirst("\\.jar$", ".jsa");
		if (servers.contains("hello-cds") && !new File(archive).isFile()) {
			throw new IllegalArgumentException("no class-data archive at " + archive
					+ " (the build records it beside the jar: mvn -B -q package -DskipTests -pl examples/hello-server -am)");
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(1)).build();
		// warm the poller itself up, so its own class loading is not charged to the first server
		answered(http, URI.create("http://127.0.0.1:" + LoadRunner.freePort() + "/mcp"));

		System.out.printf("start-up to first initialize response, %d runs each (ms)%n", runs);
		System.out.printf("%-10s %-14s %8s %8s %8s  %s%n", "transport", "server", "median", "min", "max", "vs sdk (median / min)");
		for (String transport : transports) {
			// the Quarkus peer serves HTTP only
			List<String> here = servers.stream().filter(s -> !(s.equals("quarkus") && transport.equals("stdio"))).toList();
			Map<String, List<Double>> times = new LinkedHashMap<>();
			here.forEach(s -> times.put(s, new ArrayList<>()));
			for (int run = 0; run < runs; run++) {
				List<String> order = new ArrayList<>(here);
				java.util.Collections.rotate(order, run);
				for (String server : order) {
					times.get(server).add(startOnce(javaBin, jar, server.equals("baseline") ? baselineJar : helloJar,
							archive, server, transport, http));
				}
			}
			double sdkMedian = times.containsKey("sdk") ? median(times.get("sdk")) : Double.NaN;
			double sdkMin = times.containsKey("sdk") ? min(times.get("sdk")) : Double.NaN;
			times.forEach((server, ms) -> System.out.printf("%-10s %-14s %8.0f %8.0f %8.0f  %s%n", transport, server,
					median(ms), min(ms), ms.stream().mapToDouble(d -> d).max().orElseThrow(),
					Double.isNaN(sdkMedian) ? ""
							: String.format("%.2fx / %.2fx", median(ms) / sdkMedian, min(ms) / sdkMin)));
		}
	}

	private static double startOnce(String javaBin, String jar, String helloJar, String archive, String server,
			String transport, HttpClient http) throws Exception {
		boolean stdio = transport.equals("stdio");
		int port = stdio ? 0 : LoadRunner.freePort();
		List<String> command = switch (server) {
			case "hello", "baseline" -> helloCommand(javaBin, helloJar, server, List.of(), stdio, port);
			case "hello-cds" -> helloCommand(javaBin, helloJar, server, List.of("-XX:SharedArchiveFile=" + archive,
					"-Xlog:disable", "-Xlog:all=warning:stderr"), stdio, port);
			case "hello-launcher" -> EchoServers.launcherCommand(helloJar, server,
					EchoServers.helloArgs(transport, port));
			case "quarkus" -> List.of(javaBin, "-Dquarkus.http.port=" + port, "-jar", LoadRunner.QUARKUS_JAR);
			default -> EchoServers.command(javaBin, jar, server, stdio ? "stdio" : "http", port);
		};
		long t0 = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			if (stdio) {
				OutputStream in = process.getOutputStream();
				in.write((INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
				in.flush();
				BufferedReader out = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				String line = out.readLine();
				if (line == null || !line.contains("\"result\"")) {
					throw new IllegalStateException(server + " answered initialize over stdio with " + line);
				}
			}
			else {
				URI endpoint = URI.create("http://127.0.0.1:" + port + "/mcp");
				long deadline = t0 + TimeUnit.SECONDS.toNanos(30);
				while (!answered(http, endpoint)) {
					if (System.nanoTime() > deadline || !process.isAlive()) {
						throw new IllegalStateException(server + " did not answer initialize on " + endpoint);
					}
					Thread.sleep(5);
				}
			}
			return (System.nanoTime() - t0) / 1e6;
		}
		finally {
			process.destroy();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	static List<String> helloCommand(String javaBin, String helloJar, String server, List<String> jvmArgs,
			boolean stdio, int port) {
		List<String> command = new ArrayList<>(List.of(javaBin));
		command.addAll(jvmArgs);
		command.addAll(EchoServers.serverJvmArgs(server));
		command.addAll(List.of("-jar", helloJar));
		command.addAll(EchoServers.helloArgs(stdio ? "stdio" : "http", port));
		return command;
	}

	private static boolean answered(HttpClient http, URI endpoint) {
		try {
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json, text/event-stream")
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"result\"");
		}
		catch (Exception e) {
			return false;
		}
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(d -> d).min().orElseThrow();
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

}
