package dev.mcpforge.server.internal.http;

import static dev.mcpforge.server.internal.http.RawMcp.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** Start, health, binding, graceful stop and Jetty's own error pages. */
class JettyMcpServerLifecycleTest {

	@Test
	void healthEndpoints() throws Exception {
		try (TestServer server = TestServer.stateful()) {
			HttpResponse<String> live = get(server.baseUrl() + "/health/live");
			assertThat(live.statusCode()).isEqualTo(200);
			assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
			assertThat(live.headers().firstValue("Content-Type")).hasValue("application/json");
			HttpResponse<String> ready = get(server.baseUrl() + "/health/ready");
			assertThat(ready.statusCode()).isEqualTo(200);
			assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
			assertThat(get(server.baseUrl() + "/health/other").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void readinessIsDownBeforeStartAndWhileStopping() throws Exception {
		JettyMcpServer jetty = JettyMcpServer.builder()
			.transport(new StreamableEndpoint())
			.build();
		assertThat(jetty.isReady()).isFalse();
		jetty.start();
		assertThat(jetty.isReady()).isTrue();
		jetty.stop();
		assertThat(jetty.isReady()).isFalse();
		assertThat(jetty.isRunning()).isFalse();
		jetty.stop(); // idempotent
	}

	@Test
	void bindsToLoopbackOnlyByDefault() throws Exception {
		try (TestServer server = TestServer.stateful()) {
			assertThat(server.jetty.host()).isEqualTo("127.0.0.1");
			ServerConnector connector = (ServerConnector) server.jetty.jetty().getConnectors()[0];
			assertThat(connector.getHost()).isEqualTo("127.0.0.1");
			assertThat(connector.getLocalPort()).isEqualTo(server.port).isPositive();
			assertThat(server.jetty.jetty().getThreadPool().toString()).contains(JettyMcpServer.THREAD_POOL_NAME);
			// another local, non-loopback address (if this machine has one) must not reach it
			for (InetAddress address : nonLoopbackAddresses()) {
				try (Socket socket = new Socket()) {
					assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, server.port), 2000))
						.as("connect via %s", address)
						.isInstanceOf(IOException.class);
				}
			}
		}
	}

	@Test
	void gracefulStopLetsAnInFlightCallFinishAndReleasesThePort() throws Exception {
		TestServer server = TestServer.stateful(HttpServingOptions.defaults(),
				b -> b.stopTimeout(Duration.ofSeconds(10)));
		int port = server.port;
		RawMcp raw = new RawMcp(server.baseUrl());
		String session = raw.initialize();
		// an open standalone GET stream must not hold the stop
		HttpClient sseClient = HttpClient.newHttpClient();
		CompletableFuture<HttpResponse<InputStream>> sse = sseClient.sendAsync(
				HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
					.header("Accept", "text/event-stream")
					.header("Mcp-Session-Id", session)
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(sse.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		awaitTrue(() -> server.jetty.guard().openStreams() == 1);

		CompletableFuture<HttpResponse<String>> slow = raw
			.postAsync(RawMcp.callBody(7, "slow", "{\"millis\":1500}"), headers(session));
		awaitTrue(() -> server.jetty.guard().cancellations().inFlight() == 1);

		long t0 = System.nanoTime();
		CompletableFuture<Void> stopping = CompletableFuture.runAsync(server.jetty::stop);
		awaitTrue(() -> !server.jetty.isReady());
		HttpResponse<String> result = slow.get(10, TimeUnit.SECONDS);
		stopping.get(15, TimeUnit.SECONDS);
		long tookMillis = (System.nanoTime() - t0) / 1_000_000;

		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(RawMcp.message(result).at("/result/content/0/text").asText()).isEqualTo("slept 1500");
		assertThat(tookMillis).as("stop waited for the call, not for the SSE stream or the timeout")
			.isBetween(500L, 8000L);
		assertThat(server.jetty.guard().cancellations().inFlight()).isZero();
		// the port is free again, and nothing answers on it
		assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
		try (ServerSocket again = new ServerSocket()) {
			again.bind(new InetSocketAddress("127.0.0.1", port));
			assertThat(again.getLocalPort()).isEqualTo(port);
		}
		server.close();
	}

	@Test
	void anIdleKeptAliveConnectionDoesNotHoldTheStop() throws Exception {
		TestServer server = TestServer.stateful(HttpServingOptions.defaults(),
				b -> b.stopTimeout(Duration.ofSeconds(20)));
		try (Socket client = new Socket("127.0.0.1", server.port)) {
			client.getOutputStream().write(("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1:" + server.port
					+ "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			InputStream in = client.getInputStream();
			client.setSoTimeout(5000);
			String head = readHead(in);
			int length = Integer.parseInt(head.replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
			in.readNBytes(length);
			assertThat(head).startsWith("HTTP/1.1 200");

			long t0 = System.nanoTime();
			server.jetty.stop();
			long tookMillis = (System.nanoTime() - t0) / 1_000_000;

			// Jetty's graceful connector shutdown waited ≈ 2 s for such a connection before stop() closed it
			assertThat(tookMillis).as("stop with an idle kept-alive connection open").isLessThan(1000);
			assertThat(in.read()).as("the server closed the connection").isEqualTo(-1);
		}
		server.close();
	}

	@Test
	void newRequestsDuringGracefulStopGet503() throws Exception {
		TestServer server = TestServer.stateful();
		RawMcp raw = new RawMcp(server.baseUrl());
		String session = raw.initialize();
		CompletableFuture<HttpResponse<String>> slow = raw
			.postAsync(RawMcp.callBody(8, "slow", "{\"millis\":1500}"), headers(session));
		awaitTrue(() -> server.jetty.guard().cancellations().inFlight() == 1);
		// a second, already open connection (the same client keeps it alive)
		assertThat(raw.send("GET", HttpRequest.BodyPublishers.noBody(), Map.of()).statusCode()).isEqualTo(400);
		CompletableFuture<Void> stopping = CompletableFuture.runAsync(server.jetty::stop);
		awaitTrue(() -> !server.jetty.isReady());
		Thread.sleep(200);
		try {
			HttpResponse<String> ready = raw.http.send(
					HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health/ready")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(ready.statusCode()).isEqualTo(503);
			RawMcp.assertNoLeak(ready.body());
		}
		catch (IOException refused) {
			// the connection may already be closed: also "not ready"
		}
		assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		stopping.get(15, TimeUnit.SECONDS);
		server.close();
	}

	@Test
	void callLongerThanTheIdleTimeoutStillCompletes() throws Exception {
		try (TestServer server = TestServer.stateful(HttpServingOptions.defaults(),
				b -> b.idleTimeout(Duration.ofMillis(700)))) {
			RawMcp raw = new RawMcp(server.baseUrl());
			String session = raw.initialize();
			HttpResponse<String> r = raw.post(RawMcp.callBody(9, "slow", "{\"millis\":2000}"), headers(session));
			assertThat(r.statusCode()).isEqualTo(200);
			assertThat(RawMcp.message(r).at("/result/content/0/text").asText()).isEqualTo("slept 2000");
		}
	}

	@Test
	void aSilentGetStreamEndsAfterTheIdleTimeout() throws Exception {
		// the embedded server's connection idle timeout; a servlet container keeps a silent stream open
		// (StreamableEndpointTest: idle sessions probe their streams instead)
		org.junit.jupiter.api.Assumptions.assumeFalse(TestServer.SERVLET_LAYER);
		try (TestServer server = TestServer.stateful(HttpServingOptions.defaults(),
				b -> b.idleTimeout(Duration.ofMillis(700)))) {
			String session = new RawMcp(server.baseUrl()).initialize();
			try (Socket socket = RawSocketHttp.getStream(server.port, session)) {
				awaitTrue(() -> server.jetty.guard().openStreams() == 1);
				long t0 = System.nanoTime();
				// the server ends the stream and closes the connection: the read reaches the end
				byte[] all = socket.getInputStream().readAllBytes();
				long tookMillis = (System.nanoTime() - t0) / 1_000_000;
				assertThat(new String(all, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
				assertThat(tookMillis).isLessThan(5_000);
			}
			awaitTrue(() -> server.jetty.guard().openStreams() == 0 && server.jetty.guard().activeRequests() == 0);
		}
	}

	@Test
	void jettyErrorsAreJsonWithoutStackTraces() throws Exception {
		try (TestServer server = TestServer.stateful()) {
			HttpResponse<String> notFound = get(server.baseUrl() + "/nope");
			assertThat(notFound.statusCode()).isEqualTo(404);
			RawMcp.assertErrorEnvelope(notFound, 404, JsonRpcErrors.SERVER_ERROR);

			RawSocketHttp.Response garbage = RawSocketHttp.exchange("127.0.0.1", server.port,
					"\u0001\u0002 NOT HTTP AT ALL\r\n\r\n");
			assertThat(garbage.status()).isEqualTo(400);
			RawMcp.assertNoLeak(garbage.body());

			RawSocketHttp.Response badChunk = RawSocketHttp.exchange("127.0.0.1", server.port,
					"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
							+ "Accept: application/json, text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n{\r\n0\r\n\r\n");
			assertThat(badChunk.status()).isBetween(400, 499);
			RawMcp.assertNoLeak(badChunk.body());

			String hugeHeader = "GET /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
					+ "\r\nConnection: close\r\n\r\n";
			RawSocketHttp.Response tooBig = RawSocketHttp.exchange("127.0.0.1", server.port, hugeHeader);
			assertThat(tooBig.status()).isEqualTo(431);
			RawMcp.assertNoLeak(tooBig.body());
		}
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<InetAddress> nonLoopbackAddresses() throws Exception {
		List<InetAddress> out = new java.util.ArrayList<>();
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (nic.isUp() && !nic.isLoopback()) {
				for (InetAddress a : Collections.list(nic.getInetAddresses())) {
					if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
						out.add(a);
					}
				}
			}
		}
		return out;
	}

	/** The status line and headers of one response, up to the blank line. */
	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("connection closed in the response head: " + head);
			}
			head.append((char) b);
		}
		return head.toString();
	}

	static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within 10 s");
			}
			Thread.sleep(20);
		}
	}

}
