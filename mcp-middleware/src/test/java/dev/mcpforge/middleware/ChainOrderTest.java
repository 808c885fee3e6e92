package dev.mcpforge.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.mcpforge.middleware.cache.CacheSettings;
import dev.mcpforge.middleware.resilience.CircuitBreakerSettings;
import dev.mcpforge.middleware.resilience.RateLimitSettings;
import dev.mcpforge.middleware.resilience.RetrySettings;
import dev.mcpforge.server.McpServer;

/** Every built-in knows its place: the printed chain shows the order, whatever the order of adding. */
class ChainOrderTest {

	@Test
	void thePrintedChainShowsTheConfiguredOrder() {
		// docs:chain
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		McpServer server = McpServer.builder()
			.name("everything")
			.tool("ping", "Pings", ctx -> "pong")
			.intercept(Middleware.metrics(meters), Middleware.singleFlight(),
					Middleware.cache(CacheSettings.ofDefaults()), Middleware.timeout(Duration.ofSeconds(10)),
					Middleware.retry(RetrySettings.ofDefaults()), Middleware.bulkhead(8),
					Middleware.circuitBreaker(CircuitBreakerSettings.ofDefaults()),
					Middleware.rateLimit(RateLimitSettings.perMinute(600)), Middleware.audit())
			.build();

		assertThat(server.interceptors()).hasToString("SECURITY audit(1000) -> RESILIENCE rate-limit(10)"
				+ " -> RESILIENCE circuit-breaker(20) -> RESILIENCE bulkhead(30) -> RESILIENCE retry(40)"
				+ " -> RESILIENCE timeout(50) -> CACHING response-cache(10) -> CACHING single-flight(20)"
				+ " -> OBSERVABILITY metrics -> handler");
		// end:chain
		server.close();
	}

}
