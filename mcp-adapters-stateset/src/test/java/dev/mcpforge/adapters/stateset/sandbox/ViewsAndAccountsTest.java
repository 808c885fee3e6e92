package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ViewsAndAccountsTest {

	@AutoClose
	final StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
	final SandboxClient client = new SandboxClient(sandbox);

	@Test
	void orderReportCountsByStatusAndSumsNonCancelledRevenue() {
		JsonNode report = client.get("/reports/orders").data();

		assertThat(report.get("total").asInt()).isEqualTo(6);
		assertThat(report.at("/by_status/pending").asInt()).isEqualTo(1);
		assertThat(report.at("/by_status/cancelled").asInt()).isEqualTo(1);
		// 153.50 + 89.99 + 258.00 + 54.00 + 129.00, the cancelled 49.00 left out
		assertThat(report.get("total_revenue").decimalValue()).isEqualByComparingTo("684.49");
		assertThat(client.get("/reports/orders?status=shipped").data().get("total").asInt()).isEqualTo(1);
		assertThat(client.post("/reports/orders", Map.of()).status()).isEqualTo(405);
	}

	@Test
	void inventoryAndReturnsReportsAndDashboard() {
		JsonNode inv = client.get("/reports/inventory?low_stock_threshold=5").data();
		assertThat(inv.get("total_items").asInt()).isEqualTo(4);
		assertThat(inv.get("total_on_hand").asInt()).isEqualTo(466);
		assertThat(inv.get("low_stock")).hasSize(2);
		assertThat(inv.get("out_of_stock").asInt()).isEqualTo(1);
		assertThat(client.get("/reports/inventory?low_stock_threshold=x").status()).isEqualTo(400);

		assertThat(client.get("/reports/returns").data().at("/by_status/pending").asInt()).isEqualTo(1);

		JsonNode dashboard = client.get("/analytics/dashboard").data();
		assertThat(dashboard.get("total_orders").asInt()).isEqualTo(6);
		assertThat(dashboard.get("total_customers").asInt()).isEqualTo(3);
		assertThat(client.get("/analytics/sales").data().get("order_count").asInt()).isEqualTo(6);
		assertThat(client.get("/analytics/sales/trends").data()).isNotEmpty();
		assertThat(client.get("/analytics/shipments").data().get("total").asInt()).isEqualTo(2);
	}

	@Test
	void customerRegisterThenLogin() {
		SandboxClient.Response reg = client.post("/customers/register",
				Map.of("email", "new@example.com", "password", "s3cret-pass", "name", "New Customer"));
		assertThat(reg.status()).isEqualTo(201);
		String id = reg.data().get("id").asText();
		assertThat(reg.data().has("password")).isFalse();
		assertThat(client.get("/customers/" + id).data().toString()).doesNotContain("s3cret-pass");

		SandboxClient.Response login = client.post("/customers/login", Map.of("email", "NEW@example.com", "password", "s3cret-pass"));
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.data().get("token").asText()).isEqualTo("sandbox-token-" + id);
		assertThat(login.data().at("/customer/id").asText()).isEqualTo(id);

		assertThat(client.post("/customers/login", Map.of("email", "new@example.com", "password", "nope")).status()).isEqualTo(401);
		assertThat(client.post("/customers/login", Map.of("email", "ada@example.com", "password", "x")).status()).isEqualTo(401);
		assertThat(client.post("/customers/register", Map.of("email", "new@example.com", "password", "p", "name", "N")).status())
				.isEqualTo(409);
	}

	@Test
	void userProfileAndChangePassword() {
		assertThat(client.get("/users/profile").data().get("id").asText()).isEqualTo("USR-1");
		assertThat(client.post("/users/USR-1/change-password", Map.of("current_password", "a", "new_password", "short")).status())
				.isEqualTo(422);
		JsonNode changed = client.post("/users/USR-1/change-password",
				Map.of("current_password", "a", "new_password", "long-enough-1")).data();
		assertThat(changed.has("password_changed_at")).isTrue();
		assertThat(changed.has("new_password")).isFalse();
	}

	@Test
	void actionsMergeTheirBodyButNeverTheStatus() {
		String wo = client.post("/work-orders", Map.of("order_id", "ORD-1", "customer_email", "a@b.c", "items", List.of()))
				.data().get("id").asText();

		JsonNode assigned = client.post("/work-orders/" + wo + "/assign", Map.of("assigned_to", "USR-1", "status", "completed")).data();
		assertThat(assigned.get("assigned_to").asText()).isEqualTo("USR-1");
		assertThat(assigned.get("status").asText()).isEqualTo("pending");

		JsonNode scheduled = client.post("/work-orders/" + wo + "/schedule", Map.of("scheduled_start", "2026-12-01T08:00:00Z")).data();
		assertThat(scheduled.get("status").asText()).isEqualTo("scheduled");
		assertThat(scheduled.get("scheduled_start").asText()).isEqualTo("2026-12-01T08:00:00Z");
	}

	@Test
	void agenticCheckoutConversationAndRecommendations() {
		String session = client.post("/checkout/agentic", Map.of("customer_id", "CUS-1")).data().get("id").asText();

		JsonNode afterMessage = client.post("/checkout/agentic/" + session + "/process-natural-language",
				Map.of("input", "I need socks")).data();
		assertThat(afterMessage.get("messages")).hasSize(2);
		assertThat(client.post("/checkout/agentic/" + session + "/process-natural-language", Map.of()).status()).isEqualTo(422);

		JsonNode recs = client.post("/checkout/agentic/" + session + "/get-recommendations", Map.of()).data().get("recommendations");
		assertThat(recs.findValuesAsText("product_id")).containsExactly("PRD-2", "PRD-4", "PRD-3");
		assertThat(client.get("/checkout/agentic/" + session).data().get("messages")).hasSize(2);
	}
}
