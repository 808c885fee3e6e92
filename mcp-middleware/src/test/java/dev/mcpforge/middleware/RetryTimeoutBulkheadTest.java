package dev.mcpforge.middleware;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.middleware.resilience.RetrySettings;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.Faults;
import dev.mcpforge.testing.McpTestClient;

/** Retries only where safe, per-attempt timeouts, and per-tool bulkheads, through a real server. */
@Timeout(60)
class RetryTimeoutBulkheadTest {

	private final Faults lookupFaults = Faults.create().failFirst(2);

	private final Faults sendFaults = Faults.create().failFirst(2);

	private final AtomicInteger slowCalls = new AtomicInteger();

	private final CountDownLatch release = new CountDownLatch(1);

	private McpServer server;

	private McpTestClient client;

	@AfterEach
	void close() {
		release.countDown();
		client.close();
		server.close();
	}

	private McpTestClient serve(McpInterceptor... interceptors) {
		server = McpServer.builder()
			.name("resilient")
			.tool(ToolSpec.of("lookup", lookupFaults.wrap(ctx -> "found")).description("Reads").readOnly())
			.tool(ToolSpec.of("send", sendFaults.wrap(ctx -> "sent")).description("Sends an email"))
			.tool(ToolSpec.of("slow", ctx -> {
				slowCalls.incrementAndGet();
				release.await(30, TimeUnit.SECONDS);
				return "done";
			}).description("Takes its time").idempotent())
			.intercept(interceptors)
			.build();
		client = McpTestClient.connect(server);
		return client;
	}

	@Test
	void readOnlyToolsAreRetriedWithBackoffButOthersRunOnce() {
		// docs:retry
		McpInterceptor retry = Middleware
			.retry(RetrySettings.custom().maxAttempts(3).backoff(Duration.ofMillis(20), 2.0).build());
		// end:retry
		McpTestClient c = serve(retry);
		assertThat(c.callTool("lookup")).isSuccess().hasText("found");
		assertThat(lookupFaults.calls()).isEqualTo(3);

		assertThat(c.callTool("send")).isToolError();
		assertThat(sendFaults.calls()).isEqualTo(1);
	}

	@Test
	void resourceReadsAreRetriedButNotFoundIsNot() {
		AtomicInteger reads = new AtomicInteger();
		server = McpServer.builder()
			.name("resources")
			.resource("data://flaky", "flaky", "Fails once", (req, ctx) -> {
				if (reads.incrementAndGet() == 1) {
					throw new java.io.IOException("disk hiccup");
				}
				return "data";
			})
			.resource("data://gone", "gone", "Never there", (req, ctx) -> {
				reads.incrementAndGet();
				throw dev.mcpforge.core.McpException.resourceNotFound(req.uri());
			})
			.intercept(Middleware.retry(RetrySettings.custom().backoff(Duration.ofMillis(10), 2.0).build()))
			.build();
		client = McpTestClient.connect(server);
		assertThat(client.readResource("data://flaky")).hasText("data");
		assertThat(reads).hasValue(2);
		dev.mcpforge.testing.McpAssertions.assertThatProtocolError(() -> client.readResource("data://gone"))
			.isResourceNotFound();
		assertThat(reads).hasValue(3);
	}

	@Test
	void theLastFailureStandsWhenAttemptsRunOut() {
		McpTestClient c = serve(Middleware.retry(RetrySettings.custom().maxAttempts(2).backoff(Duration.ofMillis(10), 1.0).build()));
		assertThat(c.callTool("lookup")).isToolError();
		assertThat(lookupFaults.calls()).isEqualTo(2);
	}

	@Test
	void aCallOverTheTimeoutEndsWithAnError() {
		McpTestClient c = serve(Middleware.timeout(Duration.ofMillis(200)));
		long start = System.nanoTime();
		assertThat(c.callTool("slow")).isToolError().hasText("Tool 'slow' timed out after 200 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void callsRefusedByABulkheadDoNotOpenTheCircuit() throws Exception {
		var breaker = Middleware.circuitBreaker(
				dev.mcpforge.middleware.resilience.CircuitBreakerSettings.custom().failureThreshold(1).build());
		McpTestClient c = serve(breaker, Middleware.bulkhead(1));
		McpTestClient other = McpTestClient.connect(server);
		try {
			CompletableFuture<CallToolResult> first = CompletableFuture.supplyAsync(() -> c.callTool("slow"));
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> slowCalls.get() == 1);
			CallToolResult refused = other.callTool("slow");
			assertThat(refused).isToolError().textContains("Too many concurrent calls");
			assertThat(refused.meta()).containsEntry("dev.mcpforge/refusedBy", "bulkhead");
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isSuccess();
			assertThat(breaker.state("slow")).contains(dev.mcpforge.middleware.resilience.CircuitBreakerInterceptor.State.CLOSED);
			assertThat(other.callTool("slow")).isSuccess();
		}
		finally {
			other.close();
		}
	}

	@Test
	void aBulkheadRefusesCallsOverItsLimitPerTool() throws Exception {
		McpTestClient c = serve(Middleware.bulkhead(1));
		McpTestClient other = McpTestClient.connect(server);
		try {
			CompletableFuture<CallToolResult> first = CompletableFuture.supplyAsync(() -> c.callTool("slow"));
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> slowCalls.get() == 1);
			assertThat(other.callTool("slow")).isToolError()
				.hasText("Too many concurrent calls of tool 'slow' (limit 1); retry shortly");
			assertThat(other.callTool("lookup")).isToolError(); // another tool: its own bulkhead (and its first fault)
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isSuccess().hasText("done");
			assertThat(slowCalls).hasValue(1);
		}
		finally {
			other.close();
		}
	}

}
