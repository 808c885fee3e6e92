package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

	@AutoClose
	final StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
	final SandboxClient client = new SandboxClient(sandbox);

	@Test
	void failNextAnswersTheStatusThenRecovers() {
		sandbox.faults().failNext(2, 503).failNext(1);

		SandboxClient.Response first = client.get("/orders/ORD-1");
		assertThat(first.status()).isEqualTo(503);
		assertThat(first.body().get("error").asText()).isEqualTo("Service Unavailable");
		assertThat(first.body().get("message").asText()).contains("Injected fault");
		assertThat(first.header("X-Request-Id")).isNotBlank();
		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(503);
		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(500);
		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(200);
		assertThat(sandbox.faults().injectedCount()).isEqualTo(3);
	}

	@Test
	void faultedWritesChangeNoState() {
		sandbox.faults().failNext(1, 500);

		assertThat(client.post("/orders/ORD-1/cancel", Map.of()).status()).isEqualTo(500);
		assertThat(client.get("/orders/ORD-1").data().get("status").asText()).isEqualTo("pending");
	}

	@Test
	void faultsComeBeforeAuthentication() {
		sandbox.faults().failNext(1, 502);

		assertThat(client.withKey(null).get("/orders").status()).isEqualTo(502);
		assertThat(client.withKey(null).get("/orders").status()).isEqualTo(401);
	}

	@Test
	void rateLimitNextAnswers429WithRetryAfter() {
		sandbox.faults().rateLimitNext(1, Duration.ofMillis(800));

		SandboxClient.Response limited = client.get("/orders");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.body().get("error").asText()).isEqualTo("Too Many Requests");
		assertThat(limited.header("Retry-After")).isEqualTo("1");
		assertThat(limited.header("Retry-After-Ms")).isEqualTo("800");
		assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(client.get("/orders").status()).isEqualTo(200);
	}

	@Test
	void rateLimitRetryAfterRoundsUpToWholeSeconds() {
		sandbox.faults().rateLimitNext(2, Duration.ofMillis(2001));

		assertThat(client.get("/orders").header("Retry-After")).isEqualTo("3");
		assertThat(client.get("/orders").status()).isEqualTo(429);
		assertThat(client.get("/orders").status()).isEqualTo(200);
	}

	@Test
	void delaySlowsEveryRequestUntilCleared() {
		sandbox.faults().delay(Duration.ofMillis(300));

		long t0 = System.nanoTime();
		assertThat(client.get("/orders").status()).isEqualTo(200);
		assertThat(client.get("/customers").status()).isEqualTo(200);
		long slowMillis = (System.nanoTime() - t0) / 1_000_000;
		assertThat(slowMillis).isGreaterThanOrEqualTo(600);

		sandbox.faults().clear();
		long t1 = System.nanoTime();
		client.get("/orders");
		assertThat((System.nanoTime() - t1) / 1_000_000).isLessThan(300);
	}

	@Test
	void delayNextSlowsOnlyThatManyRequests() {
		sandbox.faults().delayNext(1, Duration.ofMillis(400));

		long t0 = System.nanoTime();
		client.get("/orders");
		assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(400);
		long t1 = System.nanoTime();
		client.get("/orders");
		assertThat((System.nanoTime() - t1) / 1_000_000).isLessThan(400);
	}

	@Test
	void failEveryNthRequest() {
		sandbox.faults().failEvery(3);

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			statuses.add(client.get("/products").status());
		}

		assertThat(statuses).containsExactly(200, 200, 500, 200, 200, 500, 200, 200, 500);
	}

	@Test
	void failEveryWithStatusAndClear() {
		sandbox.faults().failEvery(2, 504);

		assertThat(client.get("/products").status()).isEqualTo(200);
		assertThat(client.get("/products").status()).isEqualTo(504);
		sandbox.faults().clear();
		assertThat(client.get("/products").status()).isEqualTo(200);
		assertThat(client.get("/products").status()).isEqualTo(200);
	}

	@Test
	void scopedFaultsOnlyHitTheirMethodAndPath() {
		sandbox.faults().on("GET", "/api/v1/orders/ORD-1").failNext(2, 503);

		assertThat(client.get("/orders/ORD-2").status()).isEqualTo(200);
		assertThat(client.patch("/orders/ORD-1", Map.of("notes", "n")).status()).isEqualTo(200);
		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(503);
		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(503);
		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(200);
	}

	@Test
	void scopedFailEveryAndDelayCountOnlyMatchingRequests() {
		sandbox.faults().onPath("/api/v1/products").failEvery(2).onPath("/api/v1/customers").delay(Duration.ofMillis(250));

		assertThat(client.get("/orders").status()).isEqualTo(200);
		assertThat(client.get("/products").status()).isEqualTo(200);
		assertThat(client.get("/orders").status()).isEqualTo(200);
		assertThat(client.get("/products").status()).isEqualTo(500);

		long t0 = System.nanoTime();
		client.get("/orders");
		assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(250);
		long t1 = System.nanoTime();
		client.get("/customers");
		assertThat((System.nanoTime() - t1) / 1_000_000).isGreaterThanOrEqualTo(250);
	}

	@Test
	void queuedFailuresAreServedInOrder() {
		sandbox.faults().rateLimitNext(1, Duration.ofSeconds(1)).failNext(1, 500);

		assertThat(client.get("/orders").status()).isEqualTo(429);
		assertThat(client.get("/orders").status()).isEqualTo(500);
		assertThat(client.get("/orders").status()).isEqualTo(200);
	}
}
