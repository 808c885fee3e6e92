package dev.mcpforge.middleware;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.middleware.cache.CacheSettings;
import dev.mcpforge.middleware.cache.CacheStats;
import dev.mcpforge.middleware.cache.ResponseCacheInterceptor;
import dev.mcpforge.middleware.cache.SingleFlightInterceptor;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;

/** Response cache and single-flight de-duplication, through a real server. */
@Timeout(60)
class CachingTest {

	record Quote(String symbol, String currency) {
	}

	private final AtomicInteger quotes = new AtomicInteger();

	private final AtomicInteger orders = new AtomicInteger();

	private final AtomicInteger reads = new AtomicInteger();

	private final AtomicBoolean failQuotes = new AtomicBoolean();

	private final CountDownLatch release = new CountDownLatch(1);

	private volatile boolean blockQuotes;

	private final Principals principals = new Principals();

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
			.name("cached")
			.tool(ToolSpec.of("quote", Quote.class, (args, ctx) -> {
				int n = quotes.incrementAndGet();
				if (blockQuotes) {
					release.await(30, TimeUnit.SECONDS);
				}
				if (failQuotes.get()) {
					throw new IllegalStateException("upstream down");
				}
				return args.symbol() + " in " + args.currency() + " #" + n;
			}).description("Quotes a price").readOnly())
			.tool(ToolSpec.of("order", Quote.class, (args, ctx) -> "ordered #" + orders.incrementAndGet())
				.description("Places an order"))
			.resource("config://app", "config", "config", (req, ctx) -> "read #" + reads.incrementAndGet())
			.intercept(principals.interceptor())
			.intercept(interceptors)
			.build();
		client = McpTestClient.connect(server);
		return client;
	}

	private static Map<String, Object> args(String... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put(keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	@Test
	void twoIdenticalConcurrentReadOnlyCallsRunTheHandlerOnce() throws Exception {
		// docs:single-flight
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		SingleFlightInterceptor singleFlight = Middleware.singleFlight().bindTo(meters);
		// end:single-flight
		McpTestClient c = serve(singleFlight);
		McpTestClient other = McpTestClient.connect(server);
		blockQuotes = true;
		try {
			CompletableFuture<CallToolResult> first = CompletableFuture
				.supplyAsync(() -> c.callTool("quote", args("symbol", "ACME", "currency", "EUR")));
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> quotes.get() == 1);
			// same arguments in another order, from another session
			CompletableFuture<CallToolResult> second = CompletableFuture
				.supplyAsync(() -> other.callTool("quote", args("currency", "EUR", "symbol", "ACME")));
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> singleFlight.joined() == 1);
			release.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isSuccess().hasText("ACME in EUR #1");
			assertThat(second.get(10, TimeUnit.SECONDS)).isSuccess().hasText("ACME in EUR #1");
			assertThat(quotes).hasValue(1);
			assertThat(singleFlight.led()).isEqualTo(1);
			assertThat(meters.get("mcp.singleflight.requests").tag("result", "joined").functionCounter().count())
				.isEqualTo(1.0);
			assertThat(meters.get("mcp.singleflight.requests").tag("result", "led").functionCounter().count())
				.isEqualTo(1.0);
			assertThat(singleFlight.inFlight()).isZero();
		}
		finally {
			other.close();
		}
	}

	@Test
	void singleFlightLeavesWritesAndLaterCallsAlone() {
		McpTestClient c = serve(Middleware.singleFlight());
		c.callTool("order", args("symbol", "ACME", "currency", "EUR"));
		c.callTool("order", args("symbol", "ACME", "currency", "EUR"));
		c.callTool("quote", args("symbol", "ACME", "currency", "EUR"));
		c.callTool("quote", args("symbol", "ACME", "currency", "EUR"));
		assertThat(orders).hasValue(2);
		assertThat(quotes).hasValue(2);
	}

	@Test
	void repeatedReadOnlyCallsAreAnsweredFromTheCacheAndTheStatsCountThem() {
		// docs:cache
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ResponseCacheInterceptor cache = Middleware
			.cache(CacheSettings.custom().ttl(Duration.ofMinutes(5)).maximumSize(1_000).build())
			.bindTo(meters);
		// end:cache
		McpTestClient c = serve(cache);

		assertThat(c.callTool("quote", args("symbol", "ACME", "currency", "EUR"))).hasText("ACME in EUR #1");
		assertThat(c.callTool("quote", args("currency", "EUR", "symbol", "ACME"))).hasText("ACME in EUR #1");
		assertThat(c.callTool("quote", args("symbol", "ACME", "currency", "USD"))).hasText("ACME in USD #2");
		assertThat(quotes).hasValue(2);

		assertThat(cache.stats()).isEqualTo(new CacheStats(1, 2, 0, 2));
		assertThat(meters.get("cache.gets").tag("cache", "mcp.responses").tag("result", "hit").functionCounter().count())
			.isEqualTo(1.0);
		assertThat(meters.get("cache.gets").tag("cache", "mcp.responses").tag("result", "miss").functionCounter().count())
			.isEqualTo(2.0);
	}

	@Test
	void errorsAndWritesAreNeverCached() {
		ResponseCacheInterceptor cache = Middleware.cache(CacheSettings.ofDefaults());
		McpTestClient c = serve(cache);
		failQuotes.set(true);
		assertThat(c.callTool("quote", args("symbol", "ACME", "currency", "EUR"))).isToolError();
		failQuotes.set(false);
		assertThat(c.callTool("quote", args("symbol", "ACME", "currency", "EUR"))).isSuccess().hasText("ACME in EUR #2");
		c.callTool("order", args("symbol", "ACME", "currency", "EUR"));
		c.callTool("order", args("symbol", "ACME", "currency", "EUR"));
		assertThat(orders).hasValue(2);
		assertThat(cache.stats().size()).isEqualTo(1);
	}

	@Test
	void eachPrincipalHasItsOwnEntriesUnlessShared() {
		McpTestClient c = serve(Middleware.cache(CacheSettings.ofDefaults()));
		principals.as("alice");
		c.callTool("quote", args("symbol", "ACME", "currency", "EUR"));
		principals.as("bob");
		assertThat(c.callTool("quote", args("symbol", "ACME", "currency", "EUR"))).hasText("ACME in EUR #2");
		assertThat(quotes).hasValue(2);
	}

	@Test
	void sharedEntriesServeEveryPrincipal() {
		McpTestClient c = serve(Middleware.cache(CacheSettings.custom().perPrincipal(false).build()));
		principals.as("alice");
		c.callTool("quote", args("symbol", "ACME", "currency", "EUR"));
		principals.as("bob");
		assertThat(c.callTool("quote", args("symbol", "ACME", "currency", "EUR"))).hasText("ACME in EUR #1");
	}

	@Test
	void resourceReadsAreCachedAndEntriesExpire() {
		McpTestClient c = serve(Middleware.cache(CacheSettings.custom().ttl(Duration.ofMillis(300)).build()));
		assertThat(c.readResource("config://app")).hasText("read #1");
		assertThat(c.readResource("config://app")).hasText("read #1");
		Awaitility.await()
			.pollDelay(Duration.ofMillis(350))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(c.readResource("config://app")).hasText("read #2"));
	}

}
