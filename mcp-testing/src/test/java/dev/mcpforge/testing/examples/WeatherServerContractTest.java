package dev.mcpforge.testing.examples;

import static dev.mcpforge.testing.McpAssertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.ConnectedClient;
import dev.mcpforge.testing.McpServerTest;
import dev.mcpforge.testing.McpServerUnderTest;
import dev.mcpforge.testing.McpTestClient;
import dev.mcpforge.testing.examples.WeatherTools.ForecastArgs;

/** What clients see of the weather tool: its listing and its validation. */
@McpServerTest
class WeatherServerContractTest {

	@McpServerUnderTest
	McpServer server = WeatherTools.server();

	@ConnectedClient
	McpTestClient client;

	@Test
	void listsTheToolAsReadOnly() {
		assertThat(client.listTools()).hasOnlyTools("forecast")
			.tool("forecast")
			.hasRequiredArguments("city", "days")
			.hasArgument("days", "integer")
			.hasOutputSchema()
			.isReadOnly();
	}

	@Test
	void rejectsBadArgumentsNamingEachField() {
		assertThat(client.callTool("forecast", new ForecastArgs(" ", 9))).isToolError()
			.hasViolationsAt("city", "days")
			.hasViolation("days", "less than or equal to 7");
	}

}
