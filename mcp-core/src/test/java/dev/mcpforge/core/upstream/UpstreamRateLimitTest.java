package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UpstreamRateLimitTest {

	@AutoClose
	private final FakeApi api = new FakeApi();

	private UpstreamClient.Builder client() {
		return UpstreamClient.builder().name("stateset").baseUrl(api.url()).noRetry().singleFlight(false);
	}

	@Test
	void refusesACategoryPastItsBurstNamingTheCategoryAndTheWait() {
		UpstreamClient client = client().rateLimit("read", 4, Duration.ofMinutes(2), 2).build();
		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/orders/2"));

		UpstreamException e = catchThrowableOfType(UpstreamException.class,
				() -> client.send(UpstreamRequest.get("/orders/3")));

		assertThat(api.received()).hasSize(2);
		assertThat(e.kind()).isEqualTo(UpstreamException.Kind.RATE_LIMITED);
		assertThat(e.getMessage()).matches("Upstream stateset rate limit for 'read' calls reached \\(4 per 120 s, "
				+ "burst 2\\); next permit in (5\\d|60) s");
		// a Resilience4j limiter of 2 permits every 60 s (120 s * 2 / 4)
		assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(50),
				Duration.ofSeconds(60)));
	}

	@Test
	void categoriesWithoutALimitAreUnlimited() {
		UpstreamClient client = client().rateLimit("read", 1, Duration.ofMinutes(1), 1).build();

		for (int i = 0; i < 5; i++) {
			client.send(UpstreamRequest.post("/orders", Map.of()));
		}
		client.send(UpstreamRequest.get("/orders"));

		assertThat(api.received()).hasSize(6);
	}

	@Test
	void theGlobalLimitAppliesToEveryCall() {
		UpstreamClient client = client().globalRateLimit(2, Duration.ofMinutes(1), 2).build();
		client.send(UpstreamRequest.get("/orders"));
		client.send(UpstreamRequest.post("/orders", Map.of()));

		UpstreamException e = catchThrowableOfType(UpstreamException.class,
				() -> client.send(UpstreamRequest.delete("/orders/1")));

		assertThat(e.kind()).isEqualTo(UpstreamException.Kind.RATE_LIMITED);
		assertThat(e.getMessage()).startsWith("Upstream stateset rate limit for all calls reached (2 per 60 s, burst 2)");
		assertThat(api.received()).hasSize(2);
	}

	@Test
	void aCallWaitsUpToRateLimitWaitForAPermit() {
		UpstreamClient client = client().rateLimit("read", 10, Duration.ofSeconds(1), 1)
				.rateLimitWait(Duration.ofSeconds(2)).build();

		client.send(UpstreamRequest.get("/a"));
		client.send(UpstreamRequest.get("/b"));

		assertThat(api.received()).hasSize(2);
	}

	@Test
	void refusalsDoNotCountAgainstTheCircuitBreaker() {
		UpstreamClient client = client().rateLimit("read", 1, Duration.ofMinutes(1), 1)
				.circuitBreaker(1, Duration.ofMinutes(1)).build();
		client.send(UpstreamRequest.get("/orders"));

		for (int i = 0; i < 3; i++) {
			assertThat(catchThrowableOfType(UpstreamException.class, () -> client.send(UpstreamRequest.get("/orders")))
					.kind()).isEqualTo(UpstreamException.Kind.RATE_LIMITED);
		}
		assertThat(client.stats().circuitBreaker().state()).isEqualTo("CLOSED");
		assertThat(client.stats().rateLimits().get("read")).isEqualTo(
				new UpstreamStats.RateLimit(1, Duration.ofMinutes(1), 1, 0, 0));
	}
}
