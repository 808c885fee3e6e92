package dev.mcpforge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.mcpforge.core.ToolException;
import dev.mcpforge.middleware.Middleware;
import dev.mcpforge.middleware.resilience.CircuitBreakerSettings;
import dev.mcpforge.middleware.resilience.RetrySettings;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

/** mcp-middleware's built-in resilience interceptors, unchanged, on the client side. */
class ClientResilienceTest {

	private final Map<String, AtomicInteger> calls = Map.of("lookup", new AtomicInteger(), "book",
			new AtomicInteger(), "slow", new AtomicInteger());

	/** Fails (or, with {@code stall}, hangs past the client's request timeout) on its first two calls. */
	private ToolSpec flaky(String name, boolean stall) {
		return ToolSpec.of(name, ctx -> {
			if (calls.get(name).incrementAndGet() <= 2) {
				if (stall) {
					Thread.sleep(1500);
				}
				throw new ToolException("not yet");
			}
			return "ok";
		}).description("Fails twice, then works");
	}

	private final McpServer server = McpServer.builder()
		.name("flaky")
		.tool(flaky("lookup", false).readOnly())
		.tool(flaky("book", false))
		.tool(flaky("slow", true).idempotent())
		.build();

	@AfterEach
	void close() {
		server.close();
	}

	private McpClient client(dev.mcpforge.core.interceptor.McpInterceptor... interceptors) {
		return McpClient.builder().inMemory(server).requestTimeout(Duration.ofMillis(700)).intercept(interceptors).build();
	}

	@Test
	void theBuiltInsInstallAsTheyAreOnAnHttpClient() {
		String url = server.serveHttp(o -> o.port(0)).endpoint().toString();
		MeterRegistry meters = new SimpleMeterRegistry();
		// docs:client-resilience
		McpClient client = McpClient.builder()
			.http(url)
			.intercept(
				Middleware.retry(RetrySettings.ofDefaults()),             // read-only and idempotent tools only
				Middleware.circuitBreaker(CircuitBreakerSettings.ofDefaults()),
				Middleware.timeout(Duration.ofSeconds(5)),                // each attempt
				Middleware.metrics(meters, "mcp.client.requests"),
				Middleware.audit())                                       // a log line a call, secrets redacted
			.build();
		String answer = client.call("lookup", null, String.class);        // failed twice on the server: retried
		// end:client-resilience
		try (client) {
			assertThat(answer).isEqualTo("ok");
			assertThat(meters.get("mcp.client.requests").tag("target", "lookup").tag("outcome", "tool_error").timer().count())
				.isEqualTo(2);
			assertThat(meters.get("mcp.client.requests").tag("outcome", "success").timer().count()).isEqualTo(1);
		}
	}

	@Test
	void retryRepeatsOnlyReadOnlyAndIdempotentTools() {
		RetrySettings settings = RetrySettings.custom().maxAttempts(3).backoff(Duration.ofMillis(10), 2).build();
		try (McpClient client = client(Middleware.retry(settings))) {
			assertThat(client.call("lookup", null, String.class)).isEqualTo("ok");
			assertThat(calls.get("lookup")).hasValue(3);

			assertThatThrownBy(() -> client.call("book", null)).isInstanceOf(ToolCallException.class)
				.hasMessage("Tool 'book' failed: not yet");
			assertThat(calls.get("book")).hasValue(1);

			// the client's own timeouts are transport failures: transient, so retried too
			assertThat(client.call("slow", null, String.class)).isEqualTo("ok");
			assertThat(calls.get("slow")).hasValue(3);
		}
	}

	@Test
	void anOpenCircuitAnswersWithoutCallingTheServer() {
		CircuitBreakerSettings settings = CircuitBreakerSettings.custom()
			.failureThreshold(2)
			.openDuration(Duration.ofMinutes(1))
			.build();
		try (McpClient client = client(Middleware.circuitBreaker(settings))) {
			for (int i = 0; i < 2; i++) {
				assertThatThrownBy(() -> client.call("book", null)).hasMessage("Tool 'book' failed: not yet");
			}
			assertThatThrownBy(() -> client.call("book", null)).isInstanceOf(ToolCallException.class)
				.hasMessageStartingWith("Tool 'book' failed: Circuit breaker for tool 'book' is open; retry after");
			assertThat(calls.get("book")).hasValue(2);
		}
	}

	@Test
	void aTimeoutEndsTheCallEarly() {
		try (McpClient client = client(Middleware.timeout(Duration.ofMillis(200)))) {
			long start = System.nanoTime();
			assertThatThrownBy(() -> client.call("slow", null)).isInstanceOf(ToolCallException.class)
				.hasMessage("Tool 'slow' failed: Tool 'slow' timed out after 200 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(600));
		}
	}

}
