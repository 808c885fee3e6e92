package dev.mcpforge.adapters.stateset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpforge.adapters.stateset.sandbox.StateSetSandbox;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.testing.McpTestClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A customer's order from creation to refund, only through the MCP tools, each step checked by the next read. */
class CommerceWorkflowTest {

	private static final ObjectMapper JSON = McpJson.newMapper();
	private static final Map<String, Object> ADDRESS = Map.of("street", "1 Market St", "city", "San Francisco",
			"state", "CA", "postal_code", "94105", "country", "US");

	// the production defaults, cache included: every read below must still see the write before it
	@AutoClose
	private final SandboxedServer server = SandboxedServer.start(Map.of());
	private final StateSetSandbox sandbox = server.sandbox();
	private final McpTestClient client = server.client();

	@Test
	void orderToRefundThroughTheTools() {
		JsonNode customer = ok("stateset_create_customer",
				Map.of("email", "kim@example.com", "name", "Kim Lee", "address", ADDRESS));
		String customerId = customer.get("id").asText();
		assertThat(ok("stateset_get_customer", Map.of("customer_id", customerId)).get("email").asText())
				.isEqualTo("kim@example.com");

		JsonNode order = ok("stateset_create_order", Map.of("customer_id", customerId, "shipping_address", ADDRESS,
				"items", List.of(Map.of("product_id", "PRD-1", "quantity", 1))));
		String orderId = order.get("id").asText();
		assertThat(orderStatus(orderId)).isEqualTo("pending");
		assertThat(order.get("total_amount").decimalValue()).isEqualByComparingTo("129.00");

		JsonNode payment = ok("stateset_create_payment", Map.of("order_id", orderId, "customer_email",
				"kim@example.com", "amount", 129.0, "payment_method", "card",
				"items", List.of(Map.of("product_id", "PRD-1", "quantity", 1))));
		assertThat(ok("stateset_get_payments_by_order", Map.of("order_id", orderId)).toString())
				.contains(payment.get("id").asText());

		ok("stateset_update_order_status", Map.of("order_id", orderId, "status", "confirmed"));
		assertThat(orderStatus(orderId)).isEqualTo("confirmed");

		JsonNode shipment = ok("stateset_create_shipment", Map.of("order_id", orderId, "shipping_address", ADDRESS,
				"shipping_method", "express", "tracking_number", "1ZKIM", "recipient_name", "Kim Lee"));
		String shipmentId = shipment.get("id").asText();
		ok("stateset_mark_shipment_shipped", Map.of("shipment_id", shipmentId));
		assertThat(orderStatus(orderId)).isEqualTo("shipped");
		assertThat(ok("stateset_track_shipment", Map.of("tracking_number", "1ZKIM")).get("status").asText())
				.isEqualTo("in_transit");
		ok("stateset_mark_shipment_delivered", Map.of("shipment_id", shipmentId));
		assertThat(orderStatus(orderId)).isEqualTo("delivered");

		String rmaId = ok("stateset_create_rma", Map.of("order_id", orderId, "reason", "too small")).get("id").asText();
		assertThat(rmaStatus(rmaId)).isEqualTo("pending");
		ok("stateset_approve_return", Map.of("rma_id", rmaId));
		assertThat(rmaStatus(rmaId)).isEqualTo("approved");

		JsonNode refunded = ok("stateset_refund_payment", Map.of("payment_id", payment.get("id").asText(),
				"refund_amount", 129.0, "refund_reason", "too small"));
		assertThat(refunded.get("status").asText()).isEqualTo("refunded");
		assertThat(rmaStatus(rmaId)).isEqualTo("refunded");
		assertThat(orderStatus(orderId)).isEqualTo("refunded");
	}

	@Test
	void anInvalidTransitionIsAClearToolErrorAndTheServerCarriesOn() {
		CallToolResult shipCancelled = client.callTool("stateset_update_order_status",
				Map.of("order_id", "ORD-5", "status", "shipped"));

		assertThat(shipCancelled.isError()).isTrue();
		assertThat(text(shipCancelled)).contains("409").contains("cancelled").contains("shipped")
				.doesNotContain("Exception").doesNotContain("at dev.");
		assertThat(orderStatus("ORD-5")).isEqualTo("cancelled");

		CallToolResult returnOfPendingOrder = client.callTool("stateset_create_rma",
				Map.of("order_id", "ORD-1", "reason", "changed my mind"));
		assertThat(returnOfPendingOrder.isError()).isTrue();
		assertThat(text(returnOfPendingOrder)).contains("422").contains("shipped or delivered");
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyCall() {
		sandbox.clearRequests();

		CallToolResult result = client.callTool("stateset_create_order",
				Map.of("customer_id", "", "items", List.of(Map.of("product_id", "PRD-1", "quantity", 0))));

		assertThat(result.isError()).isTrue();
		assertThat(text(result)).contains("customer_id").contains("quantity");
		assertThat(sandbox.requests()).isEmpty();
	}

	private String orderStatus(String orderId) {
		return ok("stateset_get_order", Map.of("order_id", orderId)).get("status").asText();
	}

	private String rmaStatus(String rmaId) {
		return ok("stateset_get_rma", Map.of("rma_id", rmaId)).get("status").asText();
	}

	private JsonNode ok(String tool, Map<String, ?> args) {
		CallToolResult result = client.callTool(tool, args);
		assertThat(result.isError()).as(tool + ": " + text(result)).isNotEqualTo(Boolean.TRUE);
		return JSON.valueToTree(result.structuredContent());
	}

	private static String text(CallToolResult result) {
		return ((TextContent) result.content().get(0)).text();
	}
}
