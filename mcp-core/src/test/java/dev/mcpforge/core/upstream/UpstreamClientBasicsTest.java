package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UpstreamClientBasicsTest {

	@AutoClose
	private final FakeApi api = new FakeApi();

	private UpstreamClient.Builder client() {
		return UpstreamClient.builder().name("test").baseUrl(api.url() + "/v1/").noRetry();
	}

	@Test
	void send_carriesAFreshRequestIdOnEveryCall() {
		UpstreamClient client = client().build();

		UpstreamResponse first = client.send(UpstreamRequest.get("/orders/1"));
		UpstreamResponse second = client.send(UpstreamRequest.get("/orders/1"));

		assertThat(api.received()).hasSize(2);
		String id1 = api.received().get(0).header("X-Request-ID");
		String id2 = api.received().get(1).header("X-Request-ID");
		assertThat(id1).startsWith("req-").isEqualTo(first.requestId());
		assertThat(id2).startsWith("req-").isEqualTo(second.requestId()).isNotEqualTo(id1);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.cached()).isFalse();
	}

	@Test
	void send_usesTheConfiguredRequestIdHeader() {
		client().requestIdHeader("X-Correlation-Id").build().send(UpstreamRequest.get("/orders"));

		assertThat(api.received().get(0).header("X-Correlation-Id")).startsWith("req-");
		assertThat(api.received().get(0).header("X-Request-ID")).isNull();
	}

	@Test
	void send_encodesJsonBodyAndQuery() {
		UpstreamClient client = client().header("X-Tenant", "acme").build();

		UpstreamResponse response = client.send(UpstreamRequest.post("/orders", Map.of("customer", "C-1"))
				.query("note", "a b&c").query("page", 2).query("skipped", null));

		FakeApi.Received r = api.received().get(0);
		assertThat(r.method()).isEqualTo("POST");
		assertThat(r.uri().getPath()).isEqualTo("/v1/orders");
		assertThat(r.uri().getRawQuery()).isEqualTo("note=a+b%26c&page=2");
		assertThat(r.header("Content-Type")).isEqualTo("application/json");
		assertThat(r.header("Accept")).isEqualTo("application/json");
		assertThat(r.header("X-Tenant")).isEqualTo("acme");
		assertThat(r.body()).isEqualTo("{\"customer\":\"C-1\"}");
		assertThat(response.body().path("path").asText()).isEqualTo("/v1/orders");
		assertThat(response.header("Content-Type")).contains("application/json");
	}

	@Test
	void send_putsTheApisErrorMessageIntoTheException() {
		api.on("/v1/orders/ORD-1", 409, "{\"error\":\"Conflict\",\"message\":\"Order ORD-1 is cancelled\"}");
		UpstreamClient client = client().build();

		assertThatThrownBy(() -> client.send(UpstreamRequest.put("/orders/ORD-1", Map.of("status", "shipped"))))
				.isInstanceOf(UpstreamException.class)
				.hasMessage("Upstream test answered 409 to PUT /orders/ORD-1: Order ORD-1 is cancelled")
				.asInstanceOf(type(UpstreamException.class))
				.satisfies(e -> {
					assertThat(e.kind()).isEqualTo(UpstreamException.Kind.HTTP_ERROR);
					assertThat(e.status()).isEqualTo(409);
					assertThat(e.requestId()).contains(api.received().get(0).header("X-Request-ID"));
					assertThat(e.isServerFault()).isFalse();
				});
	}

	@Test
	void send_usesTheConfiguredErrorMessageExtractor() {
		api.on("/v1/orders", 422, "{\"errors\":[{\"detail\":\"limit must be at most 100\"}]}");
		UpstreamClient client = client().errorMessage(body -> body.path("errors").path(0).path("detail").asText())
				.build();

		assertThatThrownBy(() -> client.send(UpstreamRequest.get("/orders")))
				.hasMessage("Upstream test answered 422 to GET /orders: limit must be at most 100");
	}

	@Test
	void build_rejectsCacheTtlWithoutCache() {
		assertThatThrownBy(() -> client().cacheTtl("orders", java.time.Duration.ofSeconds(5)).build())
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("cacheTtl was set for [orders] but the cache is off; call cache(defaultTtl, maxEntries)");
	}

	@Test
	void build_rejectsAMaxBackoffShorterThanTheInitialOne() {
		assertThatThrownBy(() -> client().retry(3, java.time.Duration.ofSeconds(2))
				.maxBackoff(java.time.Duration.ofSeconds(1)).build())
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("maxBackoff (PT1S) is shorter than the initial backoff (PT2S)");
	}

	@Test
	void builder_quotesTheSettingAndTheBadValue() {
		assertThatThrownBy(() -> client().retry(0, java.time.Duration.ofSeconds(1)))
				.hasMessage("maxAttempts must be at least 1, but was 0");
		assertThatThrownBy(() -> client().rateLimit("read", 0, java.time.Duration.ofMinutes(1), 5))
				.hasMessage("permits and burst must be at least 1, but were 0 and 5");
		assertThatThrownBy(() -> client().circuitBreaker(0, java.time.Duration.ofSeconds(1)))
				.hasMessage("failureThreshold must be at least 1, but was 0");
		assertThatThrownBy(() -> client().cache(java.time.Duration.ofSeconds(-1), 10))
				.hasMessage("defaultTtl must not be negative, but was PT-1S");
	}

	@Test
	void retryAfter_readsSecondsAndHttpDates() {
		java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2015-10-21T07:27:00Z"),
				java.time.ZoneOffset.UTC);

		assertThat(RetryAfter.parse("120", clock)).isEqualTo(java.time.Duration.ofSeconds(120));
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", clock)).isEqualTo(java.time.Duration.ofMinutes(1));
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", clock)).isZero();
		assertThat(RetryAfter.parse("soon", clock)).isNull();
	}
}
