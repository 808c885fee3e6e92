package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpforge.core.upstream.FakeApi.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UpstreamSingleFlightTest {

	@AutoClose
	private final FakeApi api = new FakeApi();
	private final ExecutorService callers = Executors.newFixedThreadPool(10);

	@AfterEach
	void stop() {
		callers.shutdownNow();
	}

	@Test
	void identicalConcurrentGetsShareOneExchange() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		api.on("/orders", r -> {
			release.await(10, TimeUnit.SECONDS);
			return Reply.json(200, "{\"total\":7}");
		});
		UpstreamClient client = UpstreamClient.builder().name("test").baseUrl(api.url()).build();
		UpstreamRequest request = UpstreamRequest.get("/orders").query("status", "open");

		List<Future<UpstreamResponse>> results = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			results.add(callers.submit(() -> client.send(request)));
		}
		await(() -> client.stats().requests().singleFlightJoins() == 9);
		release.countDown();

		for (Future<UpstreamResponse> f : results) {
			assertThat(f.get(10, TimeUnit.SECONDS).body().path("total").asInt()).isEqualTo(7);
		}
		assertThat(api.hits("/orders")).isEqualTo(1);
		assertThat(client.stats().requests().calls()).isEqualTo(10);
		assertThat(client.stats().requests().exchanges()).isEqualTo(1);
	}

	@Test
	void withoutSingleFlightEachCallIsSent() throws Exception {
		CountDownLatch arrived = new CountDownLatch(10);
		api.on("/orders", r -> {
			arrived.countDown();
			arrived.await(10, TimeUnit.SECONDS);
			return Reply.json(200, "{}");
		});
		UpstreamClient client = UpstreamClient.builder().name("test").baseUrl(api.url()).singleFlight(false).build();

		List<Future<UpstreamResponse>> results = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			results.add(callers.submit(() -> client.send(UpstreamRequest.get("/orders"))));
		}
		for (Future<UpstreamResponse> f : results) {
			f.get(10, TimeUnit.SECONDS);
		}

		assertThat(api.hits("/orders")).isEqualTo(10);
		assertThat(client.stats().requests().singleFlightJoins()).isZero();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
			Thread.sleep(5);
		}
	}
}
