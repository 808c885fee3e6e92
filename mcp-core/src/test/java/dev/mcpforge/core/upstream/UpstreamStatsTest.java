package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.core.McpJson;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UpstreamStatsTest {

	@AutoClose
	private final FakeApi api = new FakeApi();

	private UpstreamClient.Builder client() {
		return UpstreamClient.builder().name("stateset").baseUrl(api.url()).retry(2, Duration.ofMillis(1))
				.cache(Duration.ofMinutes(5), 100).rateLimit("read", 20, Duration.ofHours(1), 20)
				.timeout("batch", Duration.ofSeconds(50));
	}

	private void traffic(UpstreamClient client) {
		api.on("/orders/missing", 404, "{}").on("/broken", 500, "{}");
		client.send(UpstreamRequest.get("/orders/1"));
		client.send(UpstreamRequest.get("/orders/1"));
		catchThrowableOfType(UpstreamException.class, () -> client.send(UpstreamRequest.get("/orders/missing")));
		catchThrowableOfType(UpstreamException.class, () -> client.send(UpstreamRequest.get("/broken")));
	}

	@Test
	void metricsAppearInTheGivenRegistry() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		traffic(client().meterRegistry(registry).build());

		assertThat(timerCount(registry, "GET", "2xx")).isEqualTo(1);
		assertThat(timerCount(registry, "GET", "cached")).isEqualTo(1);
		assertThat(timerCount(registry, "GET", "4xx")).isEqualTo(1);
		assertThat(timerCount(registry, "GET", "5xx")).isEqualTo(1);
		assertThat(registry.get("mcpforge.upstream.retries").tag("upstream", "stateset").counter().count())
				.isEqualTo(1);
		assertThat(registry.get("resilience4j.circuitbreaker.state").tag("name", "stateset").tag("state", "closed")
				.gauge().value()).isEqualTo(1);
		assertThat(registry.get("resilience4j.ratelimiter.available.permissions").tag("name", "stateset:read")
				.gauge().value()).isEqualTo(16);
		assertThat(registry.get("cache.gets").tag("cache", "stateset").tag("result", "hit").functionCounter()
				.count()).isEqualTo(1);
	}

	private static long timerCount(SimpleMeterRegistry registry, String method, String outcome) {
		return registry.get("mcpforge.upstream.requests").tag("upstream", "stateset").tag("method", method)
				.tag("category", "read").tag("outcome", outcome).timer().count();
	}

	@Test
	void statsReflectWhatHappened() {
		UpstreamClient client = client().build();
		traffic(client);

		UpstreamStats stats = client.stats();

		assertThat(stats.name()).isEqualTo("stateset");
		assertThat(stats.baseUrl()).isEqualTo(api.url());
		assertThat(stats.requests().calls()).isEqualTo(4);
		assertThat(stats.requests().succeeded()).isEqualTo(2);
		assertThat(stats.requests().failed()).isEqualTo(2);
		assertThat(stats.requests().exchanges()).isEqualTo(4);
		assertThat(stats.requests().retries()).isEqualTo(1);
		assertThat(stats.requests().failuresByKind()).containsEntry(UpstreamException.Kind.HTTP_ERROR, 2L)
				.containsEntry(UpstreamException.Kind.TIMEOUT, 0L);
		assertThat(stats.cache().hits()).isEqualTo(1);
		assertThat(stats.cache().misses()).isEqualTo(3);
		assertThat(stats.cache().size()).isEqualTo(1);
		assertThat(stats.circuitBreaker().state()).isEqualTo("CLOSED");
		assertThat(stats.circuitBreaker().bufferedCalls()).isEqualTo(4);
		assertThat(stats.circuitBreaker().failedCalls()).isEqualTo(2);
		assertThat(stats.rateLimits()).containsOnlyKeys("read");
		assertThat(stats.rateLimits().get("read").availablePermits()).isEqualTo(16);
		assertThat(stats.globalRateLimit()).isNull();
		assertThat(stats.timeouts().defaultTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(stats.timeouts().byCategory()).containsEntry("batch", Duration.ofSeconds(50));
	}

	@Test
	void statsSerialiseToReadableJson() throws Exception {
		UpstreamClient client = client().build();
		traffic(client);

		JsonNode json = McpJson.newMapper().valueToTree(client.stats());

		assertThat(json.path("requests").path("failuresByKind").path("HTTP_ERROR").asLong()).isEqualTo(2);
		assertThat(json.path("cache").path("hitRate").asDouble()).isEqualTo(0.25);
		assertThat(json.path("cache").path("defaultTtl").asText()).isEqualTo("PT5M");
		assertThat(json.path("rateLimits").path("read").path("period").asText()).isEqualTo("PT1H");
		assertThat(json.path("timeouts").path("byCategory").path("batch").asText()).isEqualTo("PT50S");
		assertThat(json.path("circuitBreaker").path("state").asText()).isEqualTo("CLOSED");
		assertThat(json.has("globalRateLimit")).isFalse();
	}
}
