package dev.mcpforge.examples.stateset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpforge.adapters.stateset.StateSet;
import dev.mcpforge.adapters.stateset.sandbox.StateSetSandbox;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpTestClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateSetServerTest {

	@Test
	void servesTheAdapterWithTheMiddlewareTheEnvironmentAsksFor() {
		try (StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
				StateSet stateset = StateSet.builder().baseUrl(sandbox.baseUrl())
						.apiKey(StateSetSandbox.SANDBOX_API_KEY).build()) {
			SimpleMeterRegistry metrics = new SimpleMeterRegistry();
			McpServer server = StateSetServer.server(stateset, Map.of("MCPFORGE_BULKHEAD_MAX_CONCURRENT", "8"), metrics);
			try (McpTestClient client = McpTestClient.connect(server)) {
				assertThat(client.listTools().tools()).hasSize(220);
				assertThat(client.listResourceTemplates().resourceTemplates()).hasSize(18);
				assertThat(client.listPrompts().prompts()).extracting(p -> p.name())
						.containsExactlyInAnyOrder("stateset-server-prompt", "process-return", "fulfil-order",
								"low-stock-review");
				CallToolResult health = client.callTool("stateset_health_check");
				assertThat(health.isError()).isNotEqualTo(Boolean.TRUE);
				assertThat(server.interceptors().toString()).contains("bulkhead").contains("metrics");
				assertThat(metrics.get("mcp.server.requests").tag("target", "stateset_health_check").timer().count())
						.isEqualTo(1);
			}
		}
	}
}
