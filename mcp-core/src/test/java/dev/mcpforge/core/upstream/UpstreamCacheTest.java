package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UpstreamCacheTest {

	@AutoClose
	private final FakeApi api = new FakeApi();
	private final AtomicLong nanos = new AtomicLong();

	private UpstreamClient.Builder client() {
		return UpstreamClient.builder().name("test").baseUrl(api.url()).noRetry().ticker(nanos::get)
				.cache(Duration.ofMinutes(5), 100);
	}

	private void advance(Duration d) {
		nanos.addAndGet(d.toNanos());
	}

	@Test
	void aGetIsAnsweredFromTheCacheWithinItsTtl() {
		UpstreamClient client = client().build();
		UpstreamResponse first = client.send(UpstreamRequest.get("/orders/1"));
		advance(Duration.ofMinutes(4));

		UpstreamResponse second = client.send(UpstreamRequest.get("/orders/1"));

		assertThat(api.hits("/orders/1")).isEqualTo(1);
		assertThat(first.cached()).isFalse();
		assertThat(second.cached()).isTrue();
		assertThat(second.attempts()).isZero();
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(client.stats().cache()).satisfies(c -> {
			assertThat(c.hits()).isEqualTo(1);
			assertThat(c.misses()).isEqualTo(1);
			assertThat(c.size()).isEqualTo(1);
			assertThat(c.hitRate()).isEqualTo(0.5);
		});
	}

	@Test
	void anEntryExpiresAfterItsResourcesTtl() {
		UpstreamClient client = client().cacheTtl("shipments", Duration.ofSeconds(60)).build();
		client.send(UpstreamRequest.get("/shipments/1"));
		client.send(UpstreamRequest.get("/orders/1"));
		advance(Duration.ofSeconds(61));

		client.send(UpstreamRequest.get("/shipments/1"));
		client.send(UpstreamRequest.get("/orders/1"));

		assertThat(api.hits("/shipments/1")).isEqualTo(2);
		assertThat(api.hits("/orders/1")).isEqualTo(1);
		advance(Duration.ofMinutes(5));
		client.send(UpstreamRequest.get("/orders/1"));
		assertThat(api.hits("/orders/1")).isEqualTo(2);
	}

	@Test
	void itHoldsAtMostMaxEntriesAndCountsEvictions() {
		UpstreamClient client = client().cache(Duration.ofMinutes(5), 2).build();

		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/orders/2"));
		client.send(UpstreamRequest.get("/orders/3"));

		assertThat(client.stats().cache()).satisfies(c -> {
			assertThat(c.size()).isEqualTo(2);
			assertThat(c.maxEntries()).isEqualTo(2);
			assertThat(c.evictions()).isEqualTo(1);
		});
	}

	@Test
	void aZeroTtlMeansNotCached() {
		UpstreamClient client = client().cacheTtl("inventory", Duration.ZERO).build();

		client.send(UpstreamRequest.get("/inventory/SKU-1"));
		client.send(UpstreamRequest.get("/inventory/SKU-1"));

		assertThat(api.hits("/inventory/SKU-1")).isEqualTo(2);
	}

	@Test
	void theQueryIsPartOfTheKey() {
		UpstreamClient client = client().build();

		client.send(UpstreamRequest.get("/orders").query("page", 1));
		client.send(UpstreamRequest.get("/orders").query("page", 2));
		client.send(UpstreamRequest.get("/orders").query("page", 1));

		assertThat(api.hits("/orders")).isEqualTo(2);
	}

	@Test
	void aWriteToAResourceDropsItsEntriesOnly() {
		UpstreamClient client = client().build();
		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/orders").query("page", 1));
		client.send(UpstreamRequest.get("/customers/1"));

		client.send(UpstreamRequest.patch("/orders/1", Map.of("status", "shipped")));
		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/orders").query("page", 1));
		client.send(UpstreamRequest.get("/customers/1"));

		assertThat(api.hits("/orders/1")).isEqualTo(3);
		assertThat(api.hits("/orders")).isEqualTo(2);
		assertThat(api.hits("/customers/1")).isEqualTo(1);
	}

	@Test
	void aWriteAlsoDropsTheEntriesOfTheResourcesDependingOnIt() {
		UpstreamClient client = client().cacheDependency("shipments", "orders").build();
		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/customers/1"));

		client.send(UpstreamRequest.post("/shipments/7/ship", Map.of()));
		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/customers/1"));

		assertThat(api.hits("/orders/1")).isEqualTo(2);
		assertThat(api.hits("/customers/1")).isEqualTo(1);
	}

	@Test
	void aReadThatOverlapsAWriteIsNotCached() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		api.on("/orders/1", r -> {
			if (!r.method().equals("GET")) {
				return FakeApi.Reply.json(200, "{}");
			}
			release.await(10, TimeUnit.SECONDS);
			return FakeApi.Reply.json(200, "{\"status\":\"open\"}");
		});
		UpstreamClient client = client().build();
		CompletableFuture<UpstreamResponse> read = CompletableFuture
				.supplyAsync(() -> client.send(UpstreamRequest.get("/orders/1")));
		while (api.hits("/orders/1") == 0) {
			Thread.sleep(5);
		}

		client.send(UpstreamRequest.patch("/orders/1", Map.of("status", "shipped")));
		release.countDown();
		read.get(10, TimeUnit.SECONDS);
		client.send(UpstreamRequest.get("/orders/1"));

		assertThat(api.received()).extracting(FakeApi.Received::method).containsExactly("GET", "PATCH", "GET");
	}

	@Test
	void aFailedWriteDropsTheEntriesToo() {
		api.on("/orders", 500, "{}");
		UpstreamClient client = client().build();
		client.send(UpstreamRequest.get("/orders/1"));

		catchThrowableOfType(UpstreamException.class, () -> client.send(UpstreamRequest.post("/orders", Map.of())));
		client.send(UpstreamRequest.get("/orders/1"));

		assertThat(api.hits("/orders/1")).isEqualTo(2);
	}

	@Test
	void clearCacheDropsEverythingAndSaysHowMuch() {
		UpstreamClient client = client().build();
		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/orders/2"));
		client.send(UpstreamRequest.get("/customers/1"));

		assertThat(client.clearCache()).isEqualTo(3);
		client.send(UpstreamRequest.get("/orders/1"));

		assertThat(api.hits("/orders/1")).isEqualTo(2);
		assertThat(client.clearCache()).isEqualTo(1);
	}

	@Test
	void withoutCacheEveryGetIsSent() {
		UpstreamClient client = UpstreamClient.builder().name("test").baseUrl(api.url()).build();

		client.send(UpstreamRequest.get("/orders/1"));
		UpstreamResponse second = client.send(UpstreamRequest.get("/orders/1"));

		assertThat(second.cached()).isFalse();
		assertThat(api.hits("/orders/1")).isEqualTo(2);
		assertThat(client.clearCache()).isZero();
		assertThat(client.stats().cache().enabled()).isFalse();
	}
}
