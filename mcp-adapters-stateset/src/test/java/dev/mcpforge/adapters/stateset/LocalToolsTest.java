package dev.mcpforge.adapters.stateset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpforge.adapters.stateset.sandbox.StateSetSandbox;
import dev.mcpforge.testing.McpTestClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The tools about the server report what the server actually did. */
class LocalToolsTest {

	@AutoClose
	private final SandboxedServer server = SandboxedServer.start(Map.of());
	private final StateSetSandbox sandbox = server.sandbox();
	private final McpTestClient client = server.client();

	@Test
	void metricsAndCacheStatsCountTheCallsMade() {
		for (int i = 0; i < 3; i++) {
			client.callTool("stateset_get_order", Map.of("order_id", "ORD-1"));
		}
		client.callTool("stateset_get_order", Map.of("order_id", "ORD-404"));

		Map<?, ?> requests = (Map<?, ?>) structured("stateset_get_api_metrics").get("requests");
		assertThat(((Number) requests.get("calls")).longValue()).isEqualTo(4);
		assertThat(((Number) requests.get("exchanges")).longValue()).isEqualTo(2);
		assertThat(((Number) requests.get("failed")).longValue()).isEqualTo(1);
		Map<?, ?> cache = structured("stateset_cache_stats");
		assertThat(((Number) cache.get("hits")).longValue()).isEqualTo(2);
		assertThat(((Map<?, ?>) cache.get("ttls")).get("orders")).isEqualTo("PT2M");
		assertThat(sandbox.requestCount("GET", "/api/v1/orders/ORD-1")).isEqualTo(1);
	}

	@Test
	void clearCacheEmptiesItSoTheNextReadGoesToTheApi() {
		client.callTool("stateset_get_order", Map.of("order_id", "ORD-1"));

		assertThat(structured("stateset_clear_cache").get("cleared_entries")).isEqualTo(1);
		client.callTool("stateset_get_order", Map.of("order_id", "ORD-1"));
		assertThat(sandbox.requestCount("GET", "/api/v1/orders/ORD-1")).isEqualTo(2);
	}

	@Test
	void rateLimitsAndTimeoutsShowTheConfiguredBuckets() {
		Map<?, ?> limits = structured("stateset_tool_rate_limits");
		Map<?, ?> read = (Map<?, ?>) ((Map<?, ?>) limits.get("categories")).get("read");
		assertThat(read.get("permits")).isEqualTo(120);
		assertThat(read.get("burst")).isEqualTo(20);
		assertThat(((Map<?, ?>) limits.get("tools_by_category")).get("delete").toString())
				.contains("stateset_delete_order");

		Map<?, ?> timeouts = structured("stateset_timeout_config");
		assertThat(timeouts.get("defaultTimeout")).isEqualTo("PT10S");
		assertThat(((Map<?, ?>) timeouts.get("byCategory")).get("batch")).isEqualTo("PT50S");
		assertThat(structured("stateset_websocket_stats").get("connections")).isEqualTo(0);
	}

	private Map<?, ?> structured(String tool) {
		CallToolResult result = client.callTool(tool);
		assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
		return (Map<?, ?>) result.structuredContent();
	}
}
