package dev.mcpforge.adapters.stateset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpforge.adapters.stateset.sandbox.StateSetSandbox;
import dev.mcpforge.testing.McpTestClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The sandbox misbehaves; the tools stay clear and bounded. */
class UpstreamFaultsTest {

	private static final String ORDER_PATH = "/api/v1/orders/ORD-1";

	@AutoClose
	private SandboxedServer server;
	private StateSetSandbox sandbox;
	private StateSet stateset;
	private McpTestClient client;

	/** A server whose retries back off 20 ms, with these settings on top. */
	private void connect(Map<String, String> settings) {
		Map<String, String> env = new HashMap<>(settings);
		env.putIfAbsent("RETRY_DELAY", "20");
		server = SandboxedServer.start(env);
		sandbox = server.sandbox();
		stateset = server.stateset();
		client = server.client();
	}

	@Test
	void serverErrorsAreRetriedABoundedNumberOfTimesThenTheBreakerFailsFast() {
		connect(Map.of("RETRY_ATTEMPTS", "3", "CIRCUIT_BREAKER_THRESHOLD", "5", "CACHE_ENABLED", "false"));
		sandbox.faults().onPath(ORDER_PATH).failNext(1000, 503);

		CallToolResult first = getOrder();
		assertThat(first.isError()).isTrue();
		assertThat(text(first)).contains("503").contains("GET /orders/ORD-1");
		assertThat(sandbox.requestCount("GET", ORDER_PATH)).isEqualTo(3);

		List<String> errors = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			errors.add(text(getOrder()));
		}
		long sentWhileFailing = sandbox.requestCount("GET", ORDER_PATH);
		CallToolResult fast = getOrder();

		assertThat(fast.isError()).isTrue();
		assertThat(text(fast)).containsIgnoringCase("circuit").contains("stateset");
		assertThat(sandbox.requestCount("GET", ORDER_PATH)).as("no request while the circuit is open")
				.isEqualTo(sentWhileFailing);
		assertThat(sentWhileFailing).as("retries stop once the circuit opens").isLessThan(3 * 6);
		assertThat(stateset.upstream().stats().circuitBreaker().state()).isEqualTo("OPEN");
		assertThat(errors).allSatisfy(e -> assertThat(e).doesNotContain("Exception"));
	}

	@Test
	void clientErrorsNeitherRetryNorOpenTheBreaker() {
		connect(Map.of("RETRY_ATTEMPTS", "3", "CIRCUIT_BREAKER_THRESHOLD", "2"));
		for (int i = 0; i < 5; i++) {
			CallToolResult missing = client.callTool("stateset_get_order", Map.of("order_id", "ORD-404"));
			assertThat(missing.isError()).isTrue();
			assertThat(text(missing)).contains("404");
		}
		assertThat(sandbox.requestCount("GET", "/api/v1/orders/ORD-404")).isEqualTo(5);
		assertThat(getOrder().isError()).isNotEqualTo(Boolean.TRUE);
	}

	@Test
	void aTooManyRequestsAnswerIsRetriedAfterItsRetryAfter() {
		connect(Map.of("RETRY_ATTEMPTS", "3", "CACHE_ENABLED", "false"));
		sandbox.faults().onPath(ORDER_PATH).rateLimitNext(1, Duration.ofSeconds(1));

		long start = System.nanoTime();
		CallToolResult result = getOrder();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
		assertThat(sandbox.requestCount("GET", ORDER_PATH)).isEqualTo(2);
		assertThat(took).as("waited for Retry-After, not the 20 ms backoff").isGreaterThanOrEqualTo(Duration.ofMillis(900));
	}

	@Test
	void identicalConcurrentReadsReachTheApiOnce() throws Exception {
		connect(Map.of("CACHE_ENABLED", "false", "RATE_LIMITS_ENABLED", "false"));
		sandbox.faults().onPath(ORDER_PATH).delayNext(1, Duration.ofMillis(700));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<CompletableFuture<CallToolResult>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(CompletableFuture.supplyAsync(() -> {
					await(go);
					return getOrder();
				}, pool));
			}
			go.countDown();
			for (CompletableFuture<CallToolResult> call : calls) {
				CallToolResult result = call.get();
				assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
				assertThat(text(result)).contains("ORD-1");
			}
		} finally {
			pool.shutdownNow();
		}
		assertThat(sandbox.requestCount("GET", ORDER_PATH)).isEqualTo(1);
		assertThat(stateset.upstream().stats().requests().singleFlightJoins()).isEqualTo(7);
	}

	@Test
	void aWriteInvalidatesTheCachedReadsItChanges() {
		connect(Map.of("CACHE_ENABLED", "true"));
		assertThat(status("ORD-2")).isEqualTo("confirmed");
		assertThat(status("ORD-2")).isEqualTo("confirmed");
		assertThat(sandbox.requestCount("GET", "/api/v1/orders/ORD-2")).as("second read from the cache").isEqualTo(1);

		// a write to another family that changes the order: shipping it moves the order to shipped
		String shipment = field(client.callTool("stateset_create_shipment", Map.of("order_id", "ORD-2",
				"shipping_address", Map.of("street", "1 Compiler Ct", "city", "New York", "postal_code", "10001",
						"country", "US"),
				"shipping_method", "standard", "tracking_number", "1ZW", "recipient_name", "Grace")), "id");
		client.callTool("stateset_mark_shipment_shipped", Map.of("shipment_id", shipment));

		assertThat(status("ORD-2")).isEqualTo("shipped");
	}

	private String status(String orderId) {
		return field(client.callTool("stateset_get_order", Map.of("order_id", orderId)), "status");
	}

	private static String field(CallToolResult result, String name) {
		assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
		return String.valueOf(((Map<?, ?>) result.structuredContent()).get(name));
	}

	private CallToolResult getOrder() {
		return client.callTool("stateset_get_order", Map.of("order_id", "ORD-1"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String text(CallToolResult result) {
		return ((TextContent) result.content().get(0)).text();
	}
}
