package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.adapters.stateset.sandbox.internal.EntityFamilies;
import dev.mcpforge.adapters.stateset.sandbox.internal.EntityFamily;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityTableTest {

	static StateSetSandbox sandbox;
	static SandboxClient client;

	@BeforeAll
	static void start() {
		sandbox = StateSetSandbox.builder().build().start();
		client = new SandboxClient(sandbox);
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void everyAliasOfEveryFamilyListsAndCreates() {
		for (EntityFamily family : EntityFamilies.all()) {
			for (String alias : family.paths()) {
				SandboxClient.Response list = client.get("/" + alias);
				assertThat(list.status()).as(alias).isEqualTo(200);
				assertThat(list.data().has("items")).as(alias).isTrue();
			}
		}
	}

	@Test
	void genericFamiliesCreateWithTheirRequiredFieldsAndRejectWithout() {
		Set<String> special = Set.of("orders", "returns", "shipments", "inventory", "products", "customers", "payments");
		for (EntityFamily family : EntityFamilies.all()) {
			if (special.contains(family.name())) {
				continue; // covered with cross-entity rules elsewhere
			}
			Map<String, Object> body = new HashMap<>();
			family.required().forEach(f -> body.put(f, "x-" + f));
			String alias = "/" + family.paths().get(family.paths().size() - 1);
			SandboxClient.Response created = client.post(alias, body);
			assertThat(created.status()).as(family.name()).isEqualTo(201);
			assertThat(created.data().get("id").asText()).as(family.name()).startsWith(family.idPrefix() + "-");
			if (family.hasStatus()) {
				assertThat(created.data().get("status").asText()).isEqualTo(family.initialStatus());
			}
			String id = created.data().get("id").asText();
			for (String other : family.paths()) {
				assertThat(client.get("/" + other + "/" + id).status()).as(other).isEqualTo(200);
			}
			if (!family.required().isEmpty()) {
				assertThat(client.post(alias, Map.of()).status()).as(family.name()).isEqualTo(422);
			}
		}
	}

	@Test
	void billOfMaterialsIsServedUnderBothPathsWithComponents() {
		String id = client.post("/bill-of-materials", Map.of("order_id", "ORD-1", "customer_email", "a@b.c", "items", List.of()))
				.data().get("id").asText();

		assertThat(client.post("/manufacturing/boms/" + id + "/components", Map.of("component_id", "CMP-9", "quantity", 2)).status())
				.isEqualTo(201);
		assertThat(client.get("/bill-of-materials/" + id).data().get("components")).hasSize(1);
		String componentId = client.get("/manufacturing/boms/" + id + "/components").data().get(0).get("id").asText();
		assertThat(client.delete("/manufacturing/boms/" + id + "/components/" + componentId).status()).isEqualTo(200);
		assertThat(client.put("/manufacturing/boms/" + id, Map.of("notes", "v2")).data().get("notes").asText()).isEqualTo("v2");
	}

	@Test
	void purchaseOrderLifecycle() {
		String id = client.post("/purchase-orders", Map.of("vendor_email", "v@x.example", "items", List.of(), "shipping_address", Map.of()))
				.data().get("id").asText();

		assertThat(client.post("/purchase-orders/" + id + "/receive", Map.of()).status()).isEqualTo(409);
		assertThat(client.post("/purchase-orders/" + id + "/approve", Map.of()).data().get("status").asText()).isEqualTo("approved");
		assertThat(client.post("/purchase-orders/" + id + "/receive", Map.of("items", List.of())).data().get("status").asText())
				.isEqualTo("received");
		assertThat(client.post("/purchase-orders/" + id + "/cancel", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void workOrderStatusRouteAndActions() {
		String id = client.post("/work-orders", Map.of("order_id", "ORD-1", "customer_email", "a@b.c", "items", List.of()))
				.data().get("id").asText();

		assertThat(client.put("/work-orders/" + id + "/status", Map.of("status", "in_progress")).data().get("status").asText())
				.isEqualTo("in_progress");
		assertThat(client.post("/work-orders/" + id + "/assign", Map.of("assigned_to", "USR-1")).status()).isEqualTo(200);
		assertThat(client.post("/work-orders/" + id + "/complete", Map.of()).data().get("status").asText()).isEqualTo("completed");
		assertThat(client.put("/work-orders/" + id + "/status", Map.of("status", "on_hold")).status()).isEqualTo(409);
	}

	@Test
	void paymentsByOrderLookupAnswersAList() {
		client.post("/payments", Map.of("order_id", "ORD-3", "amount", 258, "payment_method", "card"));
		client.post("/payments", Map.of("order_id", "ORD-3", "amount", 1, "payment_method", "card"));

		assertThat(client.get("/payments/order/ORD-3").data()).hasSize(2);
		assertThat(client.get("/payments/order/ORD-404").data()).isEmpty();
	}

	@Test
	void checkoutMergeRoutesAndCompletion() {
		String cart = client.post("/carts", Map.of("customer_id", "CUS-1")).data().get("id").asText();
		client.post("/carts/" + cart + "/items", Map.of("product_variant_id", "VAR-1", "quantity", 1));
		String id = client.post("/checkout", Map.of("cart_id", cart, "shipping_method", "standard", "payment_method", "card"))
				.data().get("id").asText();

		assertThat(client.put("/checkout/" + id + "/customer", Map.of("email", "ada@example.com")).data().get("email").asText())
				.isEqualTo("ada@example.com");
		assertThat(client.put("/checkout/" + id + "/shipping", Map.of("shipping_address", Map.of("city", "SF"))).data()
				.at("/shipping_address/city").asText()).isEqualTo("SF");
		assertThat(client.get("/checkout_sessions/" + id).data().get("email").asText()).isEqualTo("ada@example.com");
		assertThat(client.post("/checkout_sessions/" + id, Map.of("note", "acp")).data().get("note").asText()).isEqualTo("acp");
		assertThat(client.post("/checkout/" + id + "/apply-coupon", Map.of("coupon_code", "SAVE10")).data().get("coupon_code").asText())
				.isEqualTo("SAVE10");

		JsonNode completed = client.post("/checkout/" + id + "/complete", Map.of()).data();
		assertThat(completed.get("status").asText()).isEqualTo("completed");
		JsonNode order = client.get("/orders/" + completed.get("order_id").asText()).data();
		assertThat(order.get("customer_id").asText()).isEqualTo("CUS-1");
		assertThat(order.at("/items/0/product_id").asText()).isEqualTo("PRD-1");
		assertThat(order.get("total_amount").decimalValue()).isEqualByComparingTo("129.00");
		assertThat(order.at("/shipping_address/city").asText()).isEqualTo("SF");
		assertThat(client.get("/carts/" + cart).data().get("status").asText()).isEqualTo("checked_out");
		assertThat(client.post("/checkout/" + id + "/cancel", Map.of()).status()).isEqualTo(409);

		assertThat(client.get("/carts/" + cart).data().get("items")).hasSize(1);
		assertThat(client.post("/carts/" + cart + "/clear", Map.of()).data().get("items")).isEmpty();
	}

	@Test
	void variantPriceRouteAndPaymentRefundByBodyId() {
		assertThat(client.put("/products/variants/VAR-3/price", Map.of("price", 22, "currency", "EUR")).data().get("currency").asText())
				.isEqualTo("EUR");

		String pay = client.post("/payments", Map.of("order_id", "ORD-4", "amount", 54, "payment_method", "card", "status", "captured"))
				.data().get("id").asText();
		SandboxClient.Response refunded = client.post("/payments/refund", Map.of("payment_id", pay, "refund_amount", 54, "refund_reason", "x"));
		assertThat(refunded.status()).isEqualTo(200);
		assertThat(refunded.data().get("status").asText()).isEqualTo("refunded");
		assertThat(client.post("/payments/refund", Map.of("payment_id", pay)).status()).isEqualTo(409);
		assertThat(client.post("/payments/refund", Map.of()).status()).isEqualTo(422);
		assertThat(client.post("/payments/refund", Map.of("payment_id", "PAY-404")).status()).isEqualTo(404);
	}

	@Test
	void notificationsReadUnreadAndDeleteRoute() {
		String id = client.post("/notifications", Map.of("title", "Low stock", "body", "INV-3")).data().get("id").asText();

		assertThat(client.post("/notifications/" + id + "/read", Map.of()).data().get("status").asText()).isEqualTo("read");
		assertThat(client.post("/notifications/" + id + "/unread", Map.of()).data().get("status").asText()).isEqualTo("unread");
		assertThat(client.delete("/notifications/" + id + "/delete").status()).isEqualTo(200);
		assertThat(client.get("/notifications/" + id).status()).isEqualTo(404);
	}

	@Test
	void familyAliasesAreUniqueAndIdPrefixesDistinct() {
		Set<String> aliases = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		for (EntityFamily f : EntityFamilies.all()) {
			f.paths().forEach(p -> assertThat(aliases.add(p)).as(p).isTrue());
			assertThat(prefixes.add(f.idPrefix())).as(f.idPrefix()).isTrue();
		}
		assertThat(EntityFamilies.all()).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void tableRejectsTransitionsToUndeclaredStatuses() {
		assertThatThrownBy(() -> EntityFamily.named("x").statuses("a", "b").transition("a", "c").build())
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("unknown status in table: c");
	}
}
