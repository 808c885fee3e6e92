package dev.mcpforge.testing.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import dev.mcpforge.core.ToolException;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

/** A small adapter over an upstream order API, as the documentation's FakeUpstream example tests it. */
public final class OrderStatusAdapter {

	public record OrderArgs(@NotBlank String id) {
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String baseUrl;

	public OrderStatusAdapter(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Retries 5xx twice; maps 404 and 429 to messages the model can act on. */
	public String status(OrderArgs args) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/orders/" + args.id()))
			.header("Authorization", "Bearer test-token")
			.timeout(Duration.ofSeconds(10))
			.build();
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if (status == 200) {
				return response.body();
			}
			if (status == 404) {
				throw new ToolException("Order " + args.id() + " does not exist");
			}
			if (status == 429) {
				throw new ToolException("The order service is rate limited; retry after "
						+ response.headers().firstValue("Retry-After").orElse("?") + " s");
			}
			if (status < 500 || attempt == 3) {
				throw new ToolException("The order service failed with HTTP " + status);
			}
		}
	}

	public McpServer server() {
		return McpServer.builder()
			.name("orders")
			.tool(ToolSpec.of("order_status", OrderArgs.class, (args, ctx) -> status(args))
				.description("The status of an order")
				.readOnly())
			.build();
	}

}
