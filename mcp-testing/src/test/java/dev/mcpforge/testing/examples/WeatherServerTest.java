package dev.mcpforge.testing.examples;

import static dev.mcpforge.testing.McpAssertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpServerTest;
import dev.mcpforge.testing.McpServerUnderTest;
import dev.mcpforge.testing.McpTestClient;
import dev.mcpforge.testing.examples.WeatherTools.ForecastArgs;

/** Acceptance: an end-to-end test with the extension needs at most ten lines. */
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

	@Test
	void rejectsBadArguments(McpTestClient client) {
		assertThat(client.callTool("forecast", new ForecastArgs(" ", 9))).isToolError()
			.hasViolationsAt("city", "days");
	}
	// end:e2e-test

	@Test
	void listsTheToolAsReadOnly(McpTestClient client) {
		assertThat(client.listTools()).hasOnlyTools("forecast")
			.tool("forecast")
			.hasRequiredArguments("city", "days")
			.hasArgument("days", "integer")
			.hasOutputSchema()
			.isReadOnly();
	}

}
