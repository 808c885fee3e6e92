package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaginationTest {

	static StateSetSandbox sandbox;
	static SandboxClient client;

	@BeforeAll
	static void start() {
		sandbox = StateSetSandbox.builder().seed(false).build().start();
		client = new SandboxClient(sandbox);
		for (int i = 1; i <= 45; i++) {
			SandboxClient.Response r = client.post("/suppliers",
					Map.of("name", String.format("Supplier %02d", i), "email", "s" + i + "@example.com", "rank", 100 - i));
			assertThat(r.status()).isEqualTo(201);
		}
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void defaultsArePageOneOfTwenty() {
		JsonNode page = client.get("/suppliers").data();

		assertThat(page.get("items")).hasSize(20);
		assertThat(page.get("total").asInt()).isEqualTo(45);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("limit").asInt()).isEqualTo(20);
		assertThat(page.get("total_pages").asInt()).isEqualTo(3);
		assertThat(page.at("/items/0/id").asText()).isEqualTo("SUP-1");
	}

	@Test
	void limitPagesThrough() {
		JsonNode page3 = client.get("/suppliers?page=3&limit=20").data();

		assertThat(page3.get("items")).hasSize(5);
		assertThat(page3.at("/items/0/id").asText()).isEqualTo("SUP-41");
	}

	@Test
	void perPageIsAnAliasOfLimit() {
		JsonNode page = client.get("/suppliers?page=2&per_page=10").data();

		assertThat(page.get("limit").asInt()).isEqualTo(10);
		assertThat(page.get("total_pages").asInt()).isEqualTo(5);
		assertThat(page.at("/items/0/id").asText()).isEqualTo("SUP-11");
	}

	@Test
	void limitIsCappedAt100() {
		JsonNode page = client.get("/suppliers?limit=500").data();

		assertThat(page.get("limit").asInt()).isEqualTo(100);
		assertThat(page.get("items")).hasSize(45);
		assertThat(page.get("total_pages").asInt()).isEqualTo(1);
	}

	@Test
	void pageBeyondTheEndIsEmpty() {
		JsonNode page = client.get("/suppliers?page=9").data();

		assertThat(page.get("items")).isEmpty();
		assertThat(page.get("total").asInt()).isEqualTo(45);
	}

	@Test
	void invalidPagingIs400() {
		assertThat(client.get("/suppliers?limit=0").status()).isEqualTo(400);
		assertThat(client.get("/suppliers?page=0").status()).isEqualTo(400);
		assertThat(client.get("/suppliers?per_page=abc").status()).isEqualTo(400);
		assertThat(client.get("/suppliers?sort_order=sideways").status()).isEqualTo(400);
		assertThat(client.get("/suppliers?page=-1").body().get("message").asText()).contains("page must be at least 1");
	}

	@Test
	void searchMatchesAnyFieldCaseInsensitively() {
		JsonNode page = client.get("/suppliers?search=SUPPLIER%2007").data();

		assertThat(page.get("total").asInt()).isEqualTo(1);
		assertThat(page.at("/items/0/email").asText()).isEqualTo("s7@example.com");
	}

	@Test
	void sortByFieldAndOrder() {
		JsonNode desc = client.get("/suppliers?sort_by=name&sort_order=desc&limit=3").data();
		JsonNode byNumber = client.get("/suppliers?sort_by=rank&limit=2").data();

		assertThat(names(desc)).containsExactly("Supplier 45", "Supplier 44", "Supplier 43");
		assertThat(names(byNumber)).containsExactly("Supplier 45", "Supplier 44");
	}

	@Test
	void fieldParametersFilterAndUnknownOnesAreIgnored() {
		JsonNode page = client.get("/suppliers?email=s3@example.com&unread_only=true").data();

		assertThat(page.get("total").asInt()).isEqualTo(1);
	}

	private static List<String> names(JsonNode page) {
		List<String> out = new ArrayList<>();
		page.get("items").forEach(i -> out.add(i.get("name").asText()));
		return out;
	}
}
