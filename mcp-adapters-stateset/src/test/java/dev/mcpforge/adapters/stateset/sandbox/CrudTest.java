package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class CrudTest {

	@AutoClose
	final StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
	final SandboxClient client = new SandboxClient(sandbox);

	@Test
	void customerRoundTripCreateGetPatchPutListDelete() {
		SandboxClient.Response created = client.post("/customers",
				Map.of("email", "linus@example.com", "name", "Linus", "address", Map.of("city", "Helsinki")));
		assertThat(created.status()).isEqualTo(201);
		String id = created.data().get("id").asText();
		assertThat(id).isEqualTo("CUS-4");
		assertThat(created.data().get("created_at").asText()).isNotBlank();

		assertThat(client.get("/customers/" + id).data().get("email").asText()).isEqualTo("linus@example.com");

		SandboxClient.Response patched = client.patch("/customers/" + id, Map.of("name", "Linus T."));
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.data().get("name").asText()).isEqualTo("Linus T.");
		assertThat(patched.data().get("email").asText()).isEqualTo("linus@example.com");

		SandboxClient.Response put = client.put("/customers/" + id, Map.of("phone", "+358-555", "id", "HACKED"));
		assertThat(put.data().get("phone").asText()).isEqualTo("+358-555");
		assertThat(put.data().get("id").asText()).isEqualTo(id);
		assertThat(client.get("/customers/" + id).data().get("name").asText()).isEqualTo("Linus T.");

		JsonNode list = client.get("/customers?limit=100").data();
		assertThat(list.get("total").asInt()).isEqualTo(4);
		assertThat(list.findValuesAsText("id")).contains(id);

		SandboxClient.Response deleted = client.delete("/customers/" + id);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.data().get("deleted").asBoolean()).isTrue();
		assertThat(client.get("/customers/" + id).status()).isEqualTo(404);
		assertThat(client.delete("/customers/" + id).status()).isEqualTo(404);
		assertThat(client.get("/customers").data().get("total").asInt()).isEqualTo(3);
	}

	@Test
	void productAndInventoryCrud() {
		SandboxClient.Response product = client.post("/products", Map.of("name", "Buff", "sku", "BUFF-1", "price", 19.5));
		assertThat(product.status()).isEqualTo(201);
		assertThat(product.data().get("currency").asText()).isEqualTo("USD");
		String pid = product.data().get("id").asText();
		assertThat(client.put("/products/" + pid, Map.of("price", 21)).data().get("price").asInt()).isEqualTo(21);
		assertThat(client.post("/products", Map.of("name", "Bad", "sku", "B", "price", -1)).status()).isEqualTo(422);
		assertThat(client.patch("/products/" + pid, Map.of("status", "archived")).data().get("status").asText())
				.as("a family without a status enum keeps status as a plain field").isEqualTo("archived");

		SandboxClient.Response inv = client.post("/inventory",
				Map.of("item_number", "BUFF-1", "location_id", "WH-SFO", "quantity_on_hand", 10));
		assertThat(inv.status()).isEqualTo(201);
		assertThat(inv.data().get("quantity_available").asInt()).isEqualTo(10);
		String iid = inv.data().get("id").asText();
		assertThat(client.patch("/inventory/" + iid, Map.of("description", "Neck gaiter")).data().get("description").asText())
				.isEqualTo("Neck gaiter");
		assertThat(client.delete("/inventory/" + iid).status()).isEqualTo(200);
		assertThat(client.get("/inventory/" + iid).status()).isEqualTo(404);
	}

	@Test
	void inventoryReserveAndReleaseGuardStock() {
		SandboxClient.Response reserved = client.post("/inventory/INV-3/reserve",
				Map.of("location_id", "WH-NYC", "quantity", 5, "reference_id", "ORD-2", "reference_type", "order"));
		assertThat(reserved.status()).isEqualTo(200);
		assertThat(reserved.data().get("quantity_reserved").asInt()).isEqualTo(6);
		assertThat(reserved.data().get("quantity_available").asInt()).isEqualTo(0);

		SandboxClient.Response tooMuch = client.post("/inventory/INV-3/reserve", Map.of("location_id", "WH-NYC", "quantity", 1));
		assertThat(tooMuch.status()).isEqualTo(409);
		assertThat(tooMuch.body().get("message").asText()).contains("Insufficient stock");

		assertThat(client.post("/inventory/INV-3/release", Map.of("quantity", 2)).data().get("quantity_available").asInt()).isEqualTo(2);
		assertThat(client.post("/inventory/INV-3/release", Map.of("quantity", 99)).status()).isEqualTo(422);
		assertThat(client.get("/inventory/INV-3").data().get("quantity_reserved").asInt()).isEqualTo(4);
	}

	@Test
	void inventoryUpdateAcceptsTheToolsOnHandFieldAndKeepsAvailableInStep() {
		SandboxClient.Response r = client.patch("/inventory/INV-1", Map.of("location_id", "WH-SFO", "on_hand", 50, "reason", "cycle count"));

		assertThat(r.data().get("quantity_on_hand").asInt()).isEqualTo(50);
		assertThat(r.data().get("quantity_available").asInt()).isEqualTo(46);
		assertThat(r.data().has("on_hand")).isFalse();
		assertThat(client.put("/inventory/INV-1", Map.of("quantity_on_hand", 3)).status()).isEqualTo(422);
		assertThat(client.get("/inventory/INV-1").data().get("quantity_on_hand").asInt()).isEqualTo(50);
	}

	@Test
	void lowStockListsItemsAtOrBelowThreshold() {
		JsonNode low = client.get("/inventory/low-stock?threshold=5").data();

		assertThat(low.findValuesAsText("id")).containsExactlyInAnyOrder("INV-3", "INV-4");
		assertThat(client.get("/inventory/low-stock?threshold=5&location_id=WH-SFO").data()).isEmpty();
	}

	@Test
	void orderCreateValidatesReferencesAndComputesTotals() {
		SandboxClient.Response ok = client.post("/orders", Map.of("customer_id", "CUS-2",
				"items", List.of(Map.of("product_id", "PRD-2", "quantity", 3), Map.of("product_id", "PRD-4", "quantity", 1, "unit_price", 50))));
		assertThat(ok.status()).isEqualTo(201);
		assertThat(ok.data().get("status").asText()).isEqualTo("pending");
		assertThat(ok.data().get("total_amount").decimalValue()).isEqualByComparingTo("123.50");
		assertThat(ok.data().at("/items/0/unit_price").decimalValue()).isEqualByComparingTo("24.50");
		assertThat(ok.data().at("/items/0/id").asText()).startsWith("ITEM-").isNotIn("ITEM-1", "ITEM-7");

		assertThat(client.post("/orders", Map.of("customer_id", "CUS-404", "items", List.of(Map.of("product_id", "PRD-1", "quantity", 1))))
				.body().get("message").asText()).isEqualTo("customer_id CUS-404 does not exist");
		assertThat(client.post("/orders", Map.of("customer_id", "CUS-1", "items", List.of())).status()).isEqualTo(422);
		assertThat(client.post("/orders", Map.of("customer_id", "CUS-1", "items", List.of(Map.of("product_id", "PRD-9", "quantity", 1))))
				.status()).isEqualTo(422);
	}

	@Test
	void orderByNumberAndItemsSubCollection() {
		assertThat(client.get("/orders/by-number/SO-10002").data().get("id").asText()).isEqualTo("ORD-2");
		assertThat(client.get("/orders/by-number/SO-0").status()).isEqualTo(404);

		assertThat(client.get("/orders/ORD-1/items").data()).hasSize(2);
		SandboxClient.Response added = client.post("/orders/ORD-1/items", Map.of("product_id", "PRD-3", "quantity", 1));
		assertThat(added.status()).isEqualTo(201);
		String itemId = added.data().get("id").asText();
		assertThat(client.get("/orders/ORD-1/items").data()).hasSize(3);
		assertThat(client.put("/orders/ORD-1/items/" + itemId, Map.of("quantity", 2)).data().get("quantity").asInt()).isEqualTo(2);
		assertThat(client.delete("/orders/ORD-1/items/" + itemId).status()).isEqualTo(200);
		assertThat(client.get("/orders/ORD-1/items").data()).hasSize(2);
		assertThat(client.delete("/orders/ORD-1/items/ITEM-999").status()).isEqualTo(404);
	}

	@Test
	void productVariantsAreALinkedFamily() {
		assertThat(client.get("/products/PRD-1/variants").data().findValuesAsText("id")).containsExactly("VAR-1", "VAR-2");

		SandboxClient.Response v = client.post("/products/PRD-3/variants", Map.of("sku", "VEST-S", "name", "Vest S", "price", 89.99));
		assertThat(v.status()).isEqualTo(201);
		String vid = v.data().get("id").asText();
		assertThat(v.data().get("product_id").asText()).isEqualTo("PRD-3");
		assertThat(client.get("/products/variants/" + vid).data().get("sku").asText()).isEqualTo("VEST-S");
		assertThat(client.delete("/products/variants/" + vid).status()).isEqualTo(200);
		assertThat(client.get("/products/PRD-3/variants").data()).isEmpty();
		assertThat(client.get("/products/PRD-404/variants").status()).isEqualTo(404);
	}

	@Test
	void customerAddressesAreEmbedded() {
		SandboxClient.Response a = client.post("/customers/CUS-1/addresses", Map.of("street", "2 Engine St", "city", "London"));
		assertThat(a.status()).isEqualTo(201);
		assertThat(a.data().get("id").asText()).isEqualTo("ADDR-4");
		assertThat(client.get("/customers/CUS-1/addresses").data()).hasSize(2);
	}

	@Test
	void resetRestoresTheSeed() {
		client.delete("/orders/ORD-1");
		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(404);

		sandbox.reset();

		assertThat(client.get("/orders/ORD-1").status()).isEqualTo(200);
		assertThat(sandbox.requests()).hasSize(1);
	}
}
