package dev.mcpforge.testing.examples;

import static dev.mcpforge.testing.McpAssertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpServerTest;
import dev.mcpforge.testing.McpServerUnderTest;
import dev.mcpforge.testing.McpTestClient;
import dev.mcpforge.testing.examples.WeatherTools.ForecastArgs;

/** Acceptance: an end-to-end test with the extension needs at most ten lines (three of them set-up). */
// docs:e2e-test
@McpServerTest
class WeatherServerTest {

	@McpServerUnderTest
	static McpServer server = WeatherTools.server();

	@Test
	void forecast(McpTestClient client) {
		client.sampling().reply("Mild all week");
		assertThat(client.callTool("forecast", new ForecastArgs("Oslo", 3))).isSuccess()
			.hasStructuredValue("highs[2]", 17)
			.hasStructuredValue("summary", "Mild all week");
		assertThat(client.notifications()).hasProgress(1, 2, 3);
	}

}
// end:e2e-test
