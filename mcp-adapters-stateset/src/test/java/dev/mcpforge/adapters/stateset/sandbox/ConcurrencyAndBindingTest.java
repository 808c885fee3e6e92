package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ConcurrencyAndBindingTest {

	@AutoClose
	final StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
	final SandboxClient client = new SandboxClient(sandbox);

	@Test
	void manyParallelGetsAllSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String path = "/orders/ORD-" + (1 + i % 6);
				results.add(pool.submit(() -> client.get(path).status()));
			}
			for (Future<Integer> f : results) {
				assertThat(f.get()).isEqualTo(200);
			}
		} finally {
			pool.shutdownNow();
		}
		assertThat(sandbox.requests()).hasSize(400);
		assertThat(sandbox.requestCount("GET", "/api/v1/orders/ORD-1")).isEqualTo(67);
	}

	@Test
	void parallelCreatesGetDistinctIds() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		Set<String> ids = Collections.synchronizedSet(new HashSet<>());
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				int n = i;
				results.add(pool.submit(() -> {
					SandboxClient.Response r = client.post("/suppliers", Map.of("name", "S" + n, "email", n + "@x.example"));
					assertThat(r.status()).isEqualTo(201);
					ids.add(r.data().get("id").asText());
				}));
			}
			for (Future<?> f : results) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertThat(ids).hasSize(100);
		assertThat(client.get("/suppliers").data().get("total").asInt()).isEqualTo(101);
	}

	@Test
	void parallelItemAddsAreAllKept() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				results.add(pool.submit(() -> client.post("/orders/ORD-1/items", Map.of("product_id", "PRD-2", "quantity", 1)).status()));
			}
			for (Future<Integer> f : results) {
				assertThat(f.get()).isEqualTo(201);
			}
		} finally {
			pool.shutdownNow();
		}
		assertThat(client.get("/orders/ORD-1/items").data()).hasSize(52);
	}

	@Test
	void racingTransitionsLetExactlyOneWin() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				results.add(pool.submit(() -> statuses.add(client.post("/orders/ORD-2/ship", Map.of()).status())));
			}
			for (Future<?> f : results) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		assertThat(client.get("/shipments?order_id=ORD-2").data().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void bindsLoopbackOnly() throws Exception {
		assertThat(sandbox.address().getAddress().isLoopbackAddress()).isTrue();
		assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:" + sandbox.port() + "/api/v1");

		InetAddress external = null;
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			for (InetAddress a : Collections.list(nic.getInetAddresses())) {
				if (!a.isLoopbackAddress() && !a.isLinkLocalAddress() && a.getAddress().length == 4) {
					external = a;
				}
			}
		}
		assumeTrue(external != null, "no non-loopback IPv4 address to probe");
		try (Socket s = new Socket()) {
			s.connect(new InetSocketAddress(external, sandbox.port()), 1000);
			throw new AssertionError("the sandbox answered on " + external);
		} catch (IOException expected) {
			// refused: nothing listens there
		}
	}
}
