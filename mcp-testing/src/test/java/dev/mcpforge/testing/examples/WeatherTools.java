package dev.mcpforge.testing.examples;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import dev.mcpforge.server.McpContext;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

/** The small tool the documentation's examples test. */
public final class WeatherTools {

	public record ForecastArgs(@NotBlank String city, @Min(1) @Max(7) int days) {
	}

	public record Forecast(String city, List<Integer> highs, String summary) {
	}

	private WeatherTools() {
	}

	/** The handler: logs, reports progress per day, and asks the client's model for a summary. */
	public static Forecast forecast(ForecastArgs args, McpContext ctx) {
		ctx.info("forecast for " + args.city());
		List<Integer> highs = new ArrayList<>();
		for (int day = 1; day <= args.days(); day++) {
			highs.add(10 + day + args.city().length());
			ctx.progress(day, (double) args.days(), null);
		}
		String summary = ctx.sample("Summarise these highs in one sentence: " + highs, 50);
		return new Forecast(args.city(), highs, summary);
	}

	public static McpServer server() {
		return McpServer.builder()
			.name("weather")
			.tool(ToolSpec.of("forecast", ForecastArgs.class, WeatherTools::forecast)
				.description("Daily highs for a city, with a one-line summary")
				.output(Forecast.class)
				.readOnly())
			.build();
	}

}
