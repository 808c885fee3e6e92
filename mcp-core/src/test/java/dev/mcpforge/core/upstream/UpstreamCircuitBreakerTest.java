package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UpstreamCircuitBreakerTest {

	@AutoClose
	private final FakeApi api = new FakeApi();

	private UpstreamClient.Builder client() {
		return UpstreamClient.builder().name("stateset").baseUrl(api.url()).noRetry();
	}

	private static UpstreamException failure(UpstreamClient client, String path) {
		return catchThrowableOfType(UpstreamException.class, () -> client.send(UpstreamRequest.get(path)));
	}

	@Test
	void opensAfterTheThresholdOfServerFaultsAndThenFailsFastWithoutCallingTheServer() {
		api.on("/orders", 500, "{}");
		UpstreamClient client = client().circuitBreaker(3, Duration.ofSeconds(30)).build();

		for (int i = 0; i < 3; i++) {
			assertThat(failure(client, "/orders").kind()).isEqualTo(UpstreamException.Kind.HTTP_ERROR);
		}
		UpstreamException open = failure(client, "/orders");

		assertThat(api.hits("/orders")).isEqualTo(3);
		assertThat(open.kind()).isEqualTo(UpstreamException.Kind.CIRCUIT_OPEN);
		assertThat(open.getMessage()).matches("Upstream stateset is failing; circuit open, next attempt in (29|30) s");
		assertThat(open.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(28),
				Duration.ofSeconds(30)));
		assertThat(client.stats().circuitBreaker().state()).isEqualTo("OPEN");
		assertThat(client.stats().circuitBreaker().notPermittedCalls()).isEqualTo(1);
	}

	@Test
	void clientErrorsDoNotOpenIt() {
		api.on("/orders/x", 404, "{}");
		UpstreamClient client = client().circuitBreaker(3, Duration.ofSeconds(30)).build();

		for (int i = 0; i < 6; i++) {
			assertThat(failure(client, "/orders/x").status()).isEqualTo(404);
		}

		assertThat(api.hits("/orders/x")).isEqualTo(6);
		assertThat(client.stats().circuitBreaker().state()).isEqualTo("CLOSED");
		assertThat(client.stats().circuitBreaker().failedCalls()).isZero();
	}

	@Test
	void halfOpensAfterOpenForAndClosesAfterThreeSuccesses() throws Exception {
		api.on("/orders", r -> FakeApi.Reply.json(500, "{}"), r -> FakeApi.Reply.json(500, "{}"),
				r -> FakeApi.Reply.json(200, "{}"));
		UpstreamClient client = client().circuitBreaker(2, Duration.ofMillis(200)).build();
		failure(client, "/orders");
		failure(client, "/orders");
		assertThat(failure(client, "/orders").kind()).isEqualTo(UpstreamException.Kind.CIRCUIT_OPEN);

		Thread.sleep(300);
		client.send(UpstreamRequest.get("/orders"));

		assertThat(api.hits("/orders")).isEqualTo(3);
		assertThat(client.stats().circuitBreaker().state()).isEqualTo("HALF_OPEN");
		client.send(UpstreamRequest.get("/orders"));
		client.send(UpstreamRequest.get("/orders"));
		assertThat(client.stats().circuitBreaker().state()).isEqualTo("CLOSED");
	}

	@Test
	void aServerFaultAmongTheTrialCallsOpensItAgain() throws Exception {
		api.on("/orders", r -> FakeApi.Reply.json(500, "{}"), r -> FakeApi.Reply.json(500, "{}"),
				r -> FakeApi.Reply.json(200, "{}"), r -> FakeApi.Reply.json(503, "{}"));
		UpstreamClient client = client().circuitBreaker(2, Duration.ofMillis(200)).build();
		failure(client, "/orders");
		failure(client, "/orders");
		Thread.sleep(300);

		client.send(UpstreamRequest.get("/orders"));
		assertThat(failure(client, "/orders").status()).isEqualTo(503);

		assertThat(client.stats().circuitBreaker().state()).isEqualTo("OPEN");
		assertThat(failure(client, "/orders").kind()).isEqualTo(UpstreamException.Kind.CIRCUIT_OPEN);
		assertThat(api.hits("/orders")).isEqualTo(4);
	}

	@Test
	void retriesStopWhenItOpens() {
		api.on("/orders", 502, "{}");
		UpstreamClient client = client().retry(5, Duration.ofMillis(1)).circuitBreaker(2, Duration.ofMinutes(1))
				.build();

		UpstreamException e = failure(client, "/orders");

		assertThat(api.hits("/orders")).isEqualTo(2);
		assertThat(e.kind()).isEqualTo(UpstreamException.Kind.CIRCUIT_OPEN);
		assertThat(e.getMessage()).startsWith("Upstream stateset is failing; circuit open, next attempt in ")
				.endsWith("(gave up after 2 attempts)");
	}

	@Test
	void acceptsAResilience4jConfigButKeepsWhatCountsAsAFailure() {
		api.on("/orders", 500, "{}").on("/orders/x", 404, "{}");
		UpstreamClient client = client().circuitBreaker(CircuitBreakerConfig.custom().slidingWindowSize(4)
				.minimumNumberOfCalls(4).failureRateThreshold(50).recordException(e -> true).build()).build();

		failure(client, "/orders/x");
		failure(client, "/orders/x");
		failure(client, "/orders");
		failure(client, "/orders");

		assertThat(client.stats().circuitBreaker().state()).isEqualTo("OPEN");
		assertThat(client.stats().circuitBreaker().failureRate()).isEqualTo(50f);
	}

	@Test
	void noCircuitBreakerNeverFailsFast() {
		api.on("/orders", 500, "{}");
		UpstreamClient client = client().noCircuitBreaker().build();

		for (int i = 0; i < 8; i++) {
			assertThat(failure(client, "/orders").status()).isEqualTo(500);
		}
		assertThat(api.hits("/orders")).isEqualTo(8);
		assertThat(client.stats().circuitBreaker().enabled()).isFalse();
	}
}
