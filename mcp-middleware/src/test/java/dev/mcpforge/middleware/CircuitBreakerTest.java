package dev.mcpforge.middleware;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.middleware.resilience.CircuitBreakerInterceptor;
import dev.mcpforge.middleware.resilience.CircuitBreakerInterceptor.State;
import dev.mcpforge.middleware.resilience.CircuitBreakerSettings;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpTestClient;

class CircuitBreakerTest {

	private final AtomicInteger upstreamCalls = new AtomicInteger();

	private final AtomicBoolean upstreamDown = new AtomicBoolean(true);

	private McpServer server;

	private McpTestClient client;

	@AfterEach
	void close() {
		client.close();
		server.close();
	}

	private McpTestClient serve(CircuitBreakerInterceptor breaker) {
		server = McpServer.builder()
			.name("breaker")
			.tool("upstream", "Calls a flaky upstream", ctx -> {
				upstreamCalls.incrementAndGet();
				if (upstreamDown.get()) {
					throw new IllegalStateException("connection refused");
				}
				return "ok";
			})
			.tool("ping", "Pings", ctx -> "pong")
			.intercept(breaker)
			.build();
		client = McpTestClient.connect(server);
		return client;
	}

	@Test
	void opensAfterNFailuresThenFailsFastWithoutCallingTheHandler() {
		// docs:circuit-breaker
		CircuitBreakerInterceptor breaker = Middleware.circuitBreaker(CircuitBreakerSettings.custom()
			.failureThreshold(3)
			.openDuration(Duration.ofSeconds(30))
			.build());
		// end:circuit-breaker
		McpTestClient c = serve(breaker);

		for (int i = 0; i < 3; i++) {
			assertThat(c.callTool("upstream")).isToolError();
		}
		assertThat(breaker.state("upstream")).contains(State.OPEN);

		CallToolResult fast = c.callTool("upstream");
		assertThat(fast).isToolError()
			.text()
			.matches("Circuit breaker for tool 'upstream' is open; retry after \\d+ ms");
		assertThat(((Number) fast.meta().get("dev.mcpforge/retryAfterMs")).longValue()).isBetween(25_000L, 30_000L);
		assertThat(upstreamCalls).hasValue(3);

		// one tool's circuit does not affect another's
		assertThat(c.callTool("ping")).isSuccess();
		assertThat(breaker.state("ping")).contains(State.CLOSED);
	}

	@Test
	void aSuccessInBetweenKeepsTheCircuitClosed() {
		CircuitBreakerInterceptor breaker = Middleware
			.circuitBreaker(CircuitBreakerSettings.custom().failureThreshold(2).build());
		McpTestClient c = serve(breaker);
		c.callTool("upstream");
		upstreamDown.set(false);
		c.callTool("upstream");
		upstreamDown.set(true);
		c.callTool("upstream");
		assertThat(breaker.state("upstream")).contains(State.CLOSED);
		c.callTool("upstream");
		assertThat(breaker.state("upstream")).contains(State.OPEN);
		assertThat(upstreamCalls).hasValue(4);
	}

	@Test
	void afterTheOpenDurationATrialCallClosesTheCircuitAgain() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		CircuitBreakerInterceptor breaker = Middleware
			.circuitBreaker(CircuitBreakerSettings.custom().failureThreshold(2).openDuration(Duration.ofMillis(200)).build())
			.bindTo(meters);
		McpTestClient c = serve(breaker);
		c.callTool("upstream");
		c.callTool("upstream");
		assertThat(meters.get("mcp.circuitbreaker.state").tag("tool", "upstream").gauge().value()).isEqualTo(1.0);
		assertThat(c.callTool("upstream")).isToolError().textContains("is open");
		upstreamDown.set(false);

		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(c.callTool("upstream")).isSuccess().hasText("ok"));
		assertThat(breaker.state("upstream")).contains(State.CLOSED);
		assertThat(meters.get("mcp.circuitbreaker.state").tag("tool", "upstream").gauge().value()).isEqualTo(0.0);
		assertThat(upstreamCalls).hasValue(3);
	}

	@Test
	void isErrorResultsCanBeLeftOutOfTheCount() {
		CircuitBreakerInterceptor breaker = Middleware.circuitBreaker(
				CircuitBreakerSettings.custom().failureThreshold(1).countToolErrors(false).build());
		McpTestClient c = serve(breaker);
		c.callTool("upstream");
		c.callTool("upstream");
		assertThat(breaker.state("upstream")).contains(State.CLOSED);
		assertThat(upstreamCalls).hasValue(2);
	}

}
