package dev.mcpforge.middleware;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static dev.mcpforge.testing.McpAssertions.assertThatProtocolError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.middleware.resilience.RateLimitSettings;
import dev.mcpforge.middleware.resilience.RateLimitSettings.Key;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;

class RateLimitTest {

	record Query(String q) {
	}

	private final AtomicInteger searches = new AtomicInteger();

	private final Principals principals = new Principals();

	private McpServer server;

	private McpTestClient client;

	@AfterEach
	void close() {
		client.close();
		server.close();
	}

	private McpTestClient serve(McpInterceptor limit) {
		server = McpServer.builder()
			.name("limited")
			.tool(ToolSpec.of("search", Query.class, (args, ctx) -> "found " + args.q() + " #" + searches.incrementAndGet())
				.description("Searches")
				.readOnly())
			.tool("ping", "Pings", ctx -> "pong")
			.resource("config://app", "config", "config", (req, ctx) -> "a=1")
			.intercept(principals.interceptor(), limit)
			.build();
		client = McpTestClient.connect(server);
		return client;
	}

	@Test
	void theCallOverTheLimitGetsAnErrorNamingTheWait() {
		// docs:rate-limit
		McpInterceptor limit = Middleware.rateLimit(RateLimitSettings.custom()
			.limit(2, Duration.ofMinutes(1))
			.key(RateLimitSettings.Key.PRINCIPAL_AND_TOOL)
			.build());
		// end:rate-limit
		McpTestClient c = serve(limit);
		principals.as("alice");

		assertThat(c.callTool("search", Map.of("q", "a"))).isSuccess();
		assertThat(c.callTool("search", Map.of("q", "b"))).isSuccess();
		CallToolResult refused = c.callTool("search", Map.of("q", "c"));

		assertThat(refused).isToolError()
			.text()
			.matches("Rate limit exceeded for tool 'search' \\(principal 'alice'\\): retry in \\d+ ms");
		long waitMs = ((Number) refused.meta().get("dev.mcpforge/retryAfterMs")).longValue();
		assertThat(waitMs).isBetween(1L, 60_000L);
		assertThat(refused.meta()).containsEntry("dev.mcpforge/refusedBy", "rate-limit");
		assertThat(refused.content().toString()).contains("retry in " + waitMs + " ms");
		assertThat(searches).hasValue(2);

		// another principal, and another tool, have budgets of their own
		principals.as("bob");
		assertThat(c.callTool("search", Map.of("q", "a"))).isSuccess();
		principals.as("alice");
		assertThat(c.callTool("ping")).isSuccess().hasText("pong");
	}

	@Test
	void aPerToolBudgetIsSharedByAllCallers() {
		McpTestClient c = serve(Middleware.rateLimit(RateLimitSettings.custom().limit(1, Duration.ofHours(1)).key(Key.TOOL).build()));
		principals.as("alice");
		assertThat(c.callTool("search", Map.of("q", "a"))).isSuccess();
		principals.as("bob");
		assertThat(c.callTool("search", Map.of("q", "a"))).isToolError()
			.textContains("Rate limit exceeded for tool 'search' (principal 'bob'): retry in ");
		assertThat(c.callTool("ping")).isSuccess();
		assertThat(searches).hasValue(1);
	}

	@Test
	void aPerPrincipalBudgetSpansToolsAndCountsAnonymousCallersTogether() {
		McpTestClient c = serve(
				Middleware.rateLimit(RateLimitSettings.custom().limit(2, Duration.ofHours(1)).key(Key.PRINCIPAL).build()));
		assertThat(c.callTool("search", Map.of("q", "a"))).isSuccess();
		assertThat(c.callTool("ping")).isSuccess();
		assertThat(c.callTool("ping")).isToolError().textContains("(principal 'anonymous'): retry in ");
		assertThatProtocolError(() -> c.readResource("config://app"))
			.hasMessageContaining("Rate limit exceeded for resource 'config://app' (principal 'anonymous'): retry in ");
	}

	@Test
	void theBudgetRefillsAfterThePeriod() {
		McpTestClient c = serve(Middleware.rateLimit(RateLimitSettings.custom().limit(1, Duration.ofMillis(200)).build()));
		assertThat(c.callTool("ping")).isSuccess();
		assertThat(c.callTool("ping")).isToolError();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(c.callTool("ping")).isSuccess());
	}

}
