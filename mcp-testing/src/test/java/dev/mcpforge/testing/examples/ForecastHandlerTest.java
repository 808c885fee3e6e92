package dev.mcpforge.testing.examples;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

import dev.mcpforge.testing.MockMcpContext;
import dev.mcpforge.testing.examples.WeatherTools.Forecast;
import dev.mcpforge.testing.examples.WeatherTools.ForecastArgs;

/** Acceptance: a handler unit test with the mock context needs one line of set-up (at most five). */
class ForecastHandlerTest {

	// docs:handler-unit-test
	@Test
	void forecastAsksTheModelForASummary() {
		var ctx = new MockMcpContext().onSample(prompt -> "Mild all week");

		Forecast forecast = WeatherTools.forecast(new ForecastArgs("Oslo", 3), ctx);

		assertThat(forecast.highs()).containsExactly(15, 16, 17);
		assertThat(forecast.summary()).isEqualTo("Mild all week");
		assertThat(ctx.notifications()).hasLog(LoggingLevel.INFO, "forecast for Oslo").hasProgress(1, 2, 3);
		assertThat(ctx.samplingResponder().prompts())
			.containsExactly("Summarise these highs in one sentence: [15, 16, 17]");
	}
	// end:handler-unit-test

}
