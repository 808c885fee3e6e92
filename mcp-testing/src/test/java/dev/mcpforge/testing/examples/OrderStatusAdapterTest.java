package dev.mcpforge.testing.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.FakeUpstream;
import dev.mcpforge.testing.McpServerTest;
import dev.mcpforge.testing.McpServerUnderTest;
import dev.mcpforge.testing.McpTestClient;
import dev.mcpforge.testing.RecordedRequest;

/** An adapter tested end to end against a fake upstream API. */
// docs:fake-upstream
@McpServerTest
class OrderStatusAdapterTest {

	@RegisterExtension
	static FakeUpstream orders = FakeUpstream.create();

	@McpServerUnderTest
	McpServer server = new OrderStatusAdapter(orders.baseUrl()).server();

	@Test
	void readsTheOrderFromUpstream(McpTestClient client) {
		orders.stubFor(get("/orders/42").willReturn(okJson("{\"id\":\"42\",\"status\":\"shipped\"}")));

		assertThat(client.callTool("order_status", new OrderStatusAdapter.OrderArgs("42"))).isSuccess()
			.textContains("shipped");

		RecordedRequest request = orders.requests().get(0);
		assertThat(request.path()).isEqualTo("/orders/42");
		assertThat(request.header("authorization")).contains("Bearer test-token");
	}

	@Test
	void retriesServerErrors(McpTestClient client) {
		orders.respondJson("GET", "/orders/7", 200, "{\"id\":\"7\",\"status\":\"packed\"}")
			.failFirst(2, "GET", "/orders/7", 503);

		assertThat(client.callTool("order_status", new OrderStatusAdapter.OrderArgs("7"))).isSuccess()
			.textContains("packed");
		orders.verify(3, getRequestedFor(urlPathEqualTo("/orders/7")));
	}

	@Test
	void explainsRateLimitsAndMissingOrders(McpTestClient client) {
		orders.rateLimit("GET", "/orders/1", Duration.ofSeconds(30)).failWith("GET", "/orders/2", 404);

		assertThat(client.callTool("order_status", new OrderStatusAdapter.OrderArgs("1"))).isToolError()
			.hasText("The order service is rate limited; retry after 30 s");
		assertThat(client.callTool("order_status", new OrderStatusAdapter.OrderArgs("2"))).isToolError()
			.hasText("Order 2 does not exist");
	}
	// end:fake-upstream

	@Test
	void aDroppedConnectionIsAnInternalError(McpTestClient client) {
		orders.dropConnection("GET", "/orders/9");
		assertThat(client.callTool("order_status", new OrderStatusAdapter.OrderArgs("9"))).isToolError()
			.textContains("internal error");
	}

	@Test
	void requestsAreResetBetweenTests() {
		assertThat(orders.requests()).isEmpty();
	}

}
