package dev.mcpforge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

/** Two endpoints; one is stopped mid-run and comes back. */
class FailoverTest {

	private static McpServer server(String name) {
		return McpServer.builder()
			.name(name)
			.tool(ToolSpec.of("where", ctx -> name).description("Says which server answered").readOnly())
			.build();
	}

	@Test
	void readOnlyCallsSurviveAStoppedEndpointWhichIsEjectedAndReadmitted() {
		McpServer a = server("a");
		McpServer b = server("b");
		HttpServerHandle httpA = a.serveHttp(o -> o.port(0));
		HttpServerHandle httpB = b.serveHttp(o -> o.port(0));
		int portB = httpB.port();
		try (McpClient client = McpClient.builder()
			.endpoint(httpA.endpoint().toString())
			.endpoint(httpB.endpoint().toString())
			.healthCheckInterval(Duration.ofMillis(200))
			.build()) {
			Map<String, Integer> answeredBy = new HashMap<>();
			for (int i = 0; i < 10; i++) {
				answeredBy.merge(client.call("where", null, String.class), 1, Integer::sum);
			}
			assertThat(answeredBy).containsOnlyKeys("a", "b");

			httpB.close();
			for (int i = 0; i < 20; i++) {
				assertThat(client.call("where", null, String.class)).isEqualTo("a");
			}
			assertThat(client.endpoints()).extracting(EndpointStatus::healthy).containsExactly(true, false);

			b.serveHttp(o -> o.port(portB));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(client.endpoints()).extracting(EndpointStatus::healthy)
					.containsExactly(true, true));
			List<String> after = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				after.add(client.call("where", null, String.class));
			}
			assertThat(after).contains("a", "b");
		}
		finally {
			a.close();
			b.close();
		}
	}

	@Test
	void weightedBalancingFollowsTheWeights() {
		McpServer a = server("a");
		McpServer b = server("b");
		HttpServerHandle httpA = a.serveHttp(o -> o.port(0));
		HttpServerHandle httpB = b.serveHttp(o -> o.port(0));
		try (McpClient client = McpClient.builder()
			.endpoint(httpA.endpoint().toString(), 3)
			.endpoint(httpB.endpoint().toString(), 1)
			.balancing(Balancing.WEIGHTED)
			.build()) {
			Map<String, Integer> answeredBy = new HashMap<>();
			for (int i = 0; i < 40; i++) {
				answeredBy.merge(client.call("where", null, String.class), 1, Integer::sum);
			}
			assertThat(answeredBy).containsEntry("a", 30).containsEntry("b", 10);
		}
		finally {
			a.close();
			b.close();
		}
	}

}
