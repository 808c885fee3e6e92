package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class CommerceFlowTest {

	@AutoClose
	final StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
	final SandboxClient client = new SandboxClient(sandbox);

	@Test
	void orderToShipmentToDeliveryToRefundedReturn() {
		String customer = client.post("/customers", Map.of("email", "kim@example.com", "name", "Kim Park",
				"address", Map.of("street", "5 Main St", "city", "Austin", "state", "TX", "postal_code", "73301", "country", "US")))
				.data().get("id").asText();
		JsonNode order = client.post("/orders", Map.of("customer_id", customer,
				"items", List.of(Map.of("product_id", "PRD-1", "quantity", 1)),
				"shipping_address", Map.of("street", "5 Main St", "city", "Austin", "country", "US"))).data();
		String orderId = order.get("id").asText();
		assertThat(order.get("status").asText()).isEqualTo("pending");

		assertThat(client.post("/orders/" + orderId + "/confirm", Map.of()).data().get("status").asText()).isEqualTo("confirmed");
		assertThat(status("/orders/" + orderId)).isEqualTo("confirmed");

		JsonNode shipped = client.post("/orders/" + orderId + "/ship", Map.of("carrier", "FedEx", "shipping_method", "express")).data();
		assertThat(shipped.get("status").asText()).isEqualTo("shipped");
		String shipmentId = shipped.get("shipment_id").asText();
		JsonNode shipment = client.get("/shipments/" + shipmentId).data();
		assertThat(shipment.get("status").asText()).isEqualTo("in_transit");
		assertThat(shipment.get("order_id").asText()).isEqualTo(orderId);
		assertThat(shipment.get("carrier").asText()).isEqualTo("FedEx");
		assertThat(shipment.get("recipient_name").asText()).isEqualTo("Kim Park");
		assertThat(client.get("/shipments/track/" + shipment.get("tracking_number").asText()).data().get("id").asText())
				.isEqualTo(shipmentId);

		assertThat(client.post("/shipments/" + shipmentId + "/deliver", Map.of()).data().get("status").asText()).isEqualTo("delivered");
		assertThat(status("/shipments/" + shipmentId)).isEqualTo("delivered");
		assertThat(status("/orders/" + orderId)).isEqualTo("delivered");
		assertThat(client.get("/shipments/" + shipmentId + "/track").data().get("events")).isNotEmpty();

		SandboxClient.Response rma = client.post("/rmas", Map.of("order_id", orderId, "reason", "Too small"));
		assertThat(rma.status()).isEqualTo(201);
		String rmaId = rma.data().get("id").asText();
		assertThat(rma.data().get("status").asText()).isEqualTo("pending");
		assertThat(rma.data().get("customer_id").asText()).isEqualTo(customer);

		JsonNode viaReturns = client.get("/returns/" + rmaId).data();
		assertThat(viaReturns.get("reason").asText()).isEqualTo("Too small");

		assertThat(client.post("/returns/" + rmaId + "/approve", Map.of()).data().get("status").asText()).isEqualTo("approved");
		assertThat(status("/rmas/" + rmaId)).isEqualTo("approved");
		assertThat(client.post("/rmas/" + rmaId + "/receive", Map.of()).data().get("status").asText()).isEqualTo("received");
		assertThat(status("/returns/" + rmaId)).isEqualTo("received");
		JsonNode refunded = client.post("/returns/" + rmaId + "/refund", Map.of()).data();
		assertThat(refunded.get("status").asText()).isEqualTo("refunded");
		assertThat(refunded.get("refund_amount").decimalValue()).isEqualByComparingTo("129.00");
		assertThat(status("/rmas/" + rmaId)).isEqualTo("refunded");
		assertThat(status("/orders/" + orderId)).isEqualTo("refunded");

		JsonNode history = client.get("/orders/" + orderId).data().get("status_history");
		assertThat(history.findValuesAsText("to")).containsExactly("confirmed", "shipped", "delivered", "refunded");
	}

	@Test
	void shippingACancelledOrderIs409WithAClearMessage() {
		SandboxClient.Response r = client.post("/orders/ORD-5/ship", Map.of());

		assertThat(r.status()).isEqualTo(409);
		assertThat(r.body().get("error").asText()).isEqualTo("Conflict");
		assertThat(r.body().get("message").asText())
				.isEqualTo("Cannot change order ORD-5 from cancelled to shipped (ship); allowed from cancelled: none, cancelled is final");
		assertThat(r.body().at("/details/current_status").asText()).isEqualTo("cancelled");
		assertThat(status("/orders/ORD-5")).isEqualTo("cancelled");
		assertThat(client.get("/shipments").data().get("total").asInt()).isEqualTo(2); // no shipment created
	}

	@Test
	void statusChangesThroughUpdateAndStatusRouteAreCheckedToo() {
		assertThat(client.patch("/orders/ORD-1", Map.of("status", "delivered")).status()).isEqualTo(409);
		assertThat(client.put("/orders/ORD-1/status", Map.of("status", "on_hold")).data().get("status").asText()).isEqualTo("on_hold");
		assertThat(client.put("/orders/ORD-1", Map.of("status", "confirmed", "notes", "ok")).data().get("notes").asText()).isEqualTo("ok");
		assertThat(status("/orders/ORD-1")).isEqualTo("confirmed");

		SandboxClient.Response bad = client.put("/orders/ORD-1/status", Map.of("status", "teleported"));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body().get("message").asText()).startsWith("Invalid order status 'teleported'");
		assertThat(client.put("/orders/ORD-1/status", Map.of()).status()).isEqualTo(422);
	}

	@Test
	void repeatingAnActionIs409() {
		assertThat(client.post("/orders/ORD-2/cancel", Map.of("reason", "changed mind")).status()).isEqualTo(200);
		SandboxClient.Response again = client.post("/orders/ORD-2/cancel", Map.of());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("message").asText()).isEqualTo("order ORD-2 is already cancelled");
		assertThat(client.get("/orders/ORD-2").data().at("/status_history/0/reason").asText()).isEqualTo("changed mind");
	}

	@Test
	void returnTransitionsAreEnforced() {
		assertThat(client.post("/returns/RMA-1/refund", Map.of()).status()).isEqualTo(409);
		assertThat(client.post("/returns/RMA-1/reject", Map.of()).data().get("status").asText()).isEqualTo("rejected");
		SandboxClient.Response r = client.post("/rmas/RMA-1/approve", Map.of());
		assertThat(r.status()).isEqualTo(409);
		assertThat(r.body().get("message").asText()).contains("from rejected to approved");
	}

	@Test
	void returnsNeedAShippedOrDeliveredOrder() {
		SandboxClient.Response r = client.post("/returns", Map.of("order_id", "ORD-1", "reason", "x"));

		assertThat(r.status()).isEqualTo(422);
		assertThat(r.body().get("message").asText()).isEqualTo("Order ORD-1 is pending; a return needs a shipped or delivered order");
		assertThat(client.post("/rmas", Map.of("order_id", "ORD-404", "reason", "x")).status()).isEqualTo(422);
		assertThat(client.post("/rmas", Map.of("order_id", "ORD-3")).status()).isEqualTo(422);
	}

	@Test
	void rmasAndReturnsAreOneCollectionWithPatchAndPut() {
		String id = client.post("/returns", Map.of("order_id", "ORD-3", "reason", "Damaged")).data().get("id").asText();

		assertThat(client.get("/rmas").data().findValuesAsText("id")).contains("RMA-1", id);
		assertThat(client.patch("/rmas/" + id, Map.of("notes", "photo attached")).data().get("notes").asText()).isEqualTo("photo attached");
		assertThat(client.put("/returns/" + id, Map.of("status", "approved")).data().get("status").asText()).isEqualTo("approved");
		assertThat(client.delete("/rmas/" + id).status()).isEqualTo(200);
		assertThat(client.get("/returns/" + id).status()).isEqualTo(404);
	}

	@Test
	void shipmentCreateAndTransitions() {
		Map<String, Object> body = Map.of("order_id", "ORD-2", "shipping_address", Map.of("city", "New York"),
				"shipping_method", "overnight", "tracking_number", "TRK-1", "recipient_name", "Grace Hopper");
		String id = client.post("/shipments", body).data().get("id").asText();
		assertThat(status("/shipments/" + id)).isEqualTo("pending");

		SandboxClient.Response badMethod = client.post("/shipments", Map.of("order_id", "ORD-2", "shipping_address", Map.of(),
				"shipping_method", "teleport", "tracking_number", "T", "recipient_name", "G"));
		assertThat(badMethod.status()).isEqualTo(422);
		assertThat(badMethod.body().get("message").asText()).startsWith("Invalid shipping_method 'teleport'");

		assertThat(client.post("/shipments/" + id + "/deliver", Map.of()).status()).isEqualTo(409);
		assertThat(client.post("/shipments/" + id + "/ship", Map.of()).data().get("status").asText()).isEqualTo("in_transit");
		assertThat(status("/orders/ORD-2")).isEqualTo("shipped");
		assertThat(client.post("/shipments/" + id + "/exception", Map.of("reason", "address unknown")).status()).isEqualTo(200);
		assertThat(client.post("/shipments/" + id + "/deliver", Map.of()).data().get("status").asText()).isEqualTo("delivered");
		assertThat(status("/orders/ORD-2")).isEqualTo("delivered");
		assertThat(client.post("/shipments/" + id + "/ship", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void warrantyExtendAndClaimFamily() {
		assertThat(client.post("/warranties/WAR-1/extend", Map.of("extension_months", 6)).data().get("end_date").asText())
				.isEqualTo("2027-07-15");
		assertThat(client.post("/warranties/WAR-1/extend", Map.of()).status()).isEqualTo(422);

		String claim = client.post("/warranties/claims", Map.of("warranty_id", "WAR-1", "claim_reason", "Flickers")).data().get("id").asText();
		assertThat(claim).startsWith("CLM-");
		assertThat(client.post("/warranties/claims/" + claim + "/approve", Map.of("approved_amount", 54)).data().get("status").asText())
				.isEqualTo("approved");
		assertThat(client.patch("/warranties/WAR-1", Map.of("status", "claimed")).data().get("status").asText()).isEqualTo("claimed");
	}

	private String status(String path) {
		return client.get(path).data().get("status").asText();
	}
}
