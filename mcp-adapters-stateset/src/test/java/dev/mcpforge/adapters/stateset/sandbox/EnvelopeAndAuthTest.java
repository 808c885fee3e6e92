package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnvelopeAndAuthTest {

	static StateSetSandbox sandbox;
	static SandboxClient client;

	@BeforeAll
	static void start() {
		sandbox = StateSetSandbox.builder().readOnlyApiKey("ro-key").build().start();
		client = new SandboxClient(sandbox);
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void successEnvelopeHasDataMetaAndHeaders() {
		SandboxClient.Response r = client.get("/orders/ORD-1");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.body().get("success").asBoolean()).isTrue();
		assertThat(r.body().has("message")).isTrue();
		assertThat(r.body().get("message").isNull()).isTrue();
		assertThat(r.body().get("errors").isNull()).isTrue();
		assertThat(r.data().get("id").asText()).isEqualTo("ORD-1");
		assertThat(r.body().at("/meta/request_id").asText()).startsWith("req-");
		assertThat(r.body().at("/meta/timestamp").asText()).isNotBlank();
		assertThat(r.header("X-Request-Id")).isEqualTo(r.body().at("/meta/request_id").asText());
		assertThat(r.header("Content-Type")).isEqualTo("application/json");
		assertThat(r.header("X-RateLimit-Limit")).isEqualTo("10000");
		assertThat(Integer.parseInt(r.header("X-RateLimit-Remaining"))).isLessThan(10000);
		assertThat(Long.parseLong(r.header("X-RateLimit-Reset"))).isGreaterThan(System.currentTimeMillis() / 1000 - 1);
	}

	@Test
	void clientRequestIdIsEchoed() {
		SandboxClient.Response r = client.send("GET", "/customers/CUS-1", null, Map.of("X-Request-ID", "my-trace-42"));

		assertThat(r.header("X-Request-Id")).isEqualTo("my-trace-42");
		assertThat(r.body().at("/meta/request_id").asText()).isEqualTo("my-trace-42");
	}

	@Test
	void missingCredentialsAre401WithErrorBody() {
		SandboxClient.Response r = client.withKey(null).get("/orders");

		assertThat(r.status()).isEqualTo(401);
		assertThat(r.body().get("error").asText()).isEqualTo("Unauthorized");
		assertThat(r.body().get("message").asText()).contains("Authorization: Bearer");
		assertThat(r.body().get("details").isNull()).isTrue();
		assertThat(r.body().get("request_id").asText()).startsWith("req-").isEqualTo(r.header("X-Request-Id"));
		assertThat(r.body().get("timestamp").asText()).isNotBlank();
		assertThat(r.body().has("success")).isFalse();
	}

	@Test
	void xApiKeyHeaderIsAccepted() {
		SandboxClient.Response r = client.withKey(null).send("GET", "/orders", null, Map.of("X-API-Key", "k1"));

		assertThat(r.status()).isEqualTo(200);
	}

	@Test
	void readOnlyKeyMayReadButNotWrite() {
		SandboxClient ro = client.withKey("ro-key");

		assertThat(ro.get("/products").status()).isEqualTo(200);
		SandboxClient.Response r = ro.post("/products", Map.of("name", "x", "sku", "X-1", "price", 1));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.body().get("error").asText()).isEqualTo("Forbidden");
	}

	@Test
	void configuredKeyRejectsOtherKeys() {
		try (StateSetSandbox strict = StateSetSandbox.builder().apiKey(StateSetSandbox.SANDBOX_API_KEY).build().start()) {
			SandboxClient c = new SandboxClient(strict.baseUrl(), "wrong");
			assertThat(c.get("/orders").status()).isEqualTo(401);
			assertThat(c.get("/orders").body().get("message").asText()).isEqualTo("Invalid API key");
			assertThat(c.withKey(StateSetSandbox.SANDBOX_API_KEY).get("/orders").status()).isEqualTo(200);
		}
	}

	@Test
	void healthNeedsNoAuth() {
		SandboxClient.Response r = client.withKey(null).get("/health");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.data().get("status").asText()).isEqualTo("healthy");
	}

	@Test
	void unknownEntityIs404WithStateSetErrorBody() {
		SandboxClient.Response r = client.get("/orders/ORD-999");

		assertThat(r.status()).isEqualTo(404);
		assertThat(r.body().get("error").asText()).isEqualTo("Not Found");
		assertThat(r.body().get("message").asText()).isEqualTo("Order ORD-999 not found");
	}

	@Test
	void unknownRouteIs404() {
		assertThat(client.get("/no-such-things").status()).isEqualTo(404);
	}

	@Test
	void malformedJsonIs400() {
		SandboxClient.Response r = client.post("/customers", "{not json");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("error").asText()).isEqualTo("Bad Request");
	}

	@Test
	void missingRequiredFieldsAre422WithDetails() {
		SandboxClient.Response r = client.post("/customers", Map.of("name", "No Email"));

		assertThat(r.status()).isEqualTo(422);
		assertThat(r.body().get("message").asText()).contains("email");
		assertThat(r.body().at("/details/missing_fields/0").asText()).isEqualTo("email");
	}

	@Test
	void ownRateLimitAnswers429WithRetryAfter() {
		try (StateSetSandbox limited = StateSetSandbox.builder().rateLimitPerMinute(2).build().start()) {
			SandboxClient c = new SandboxClient(limited);
			assertThat(c.get("/orders").header("X-RateLimit-Remaining")).isEqualTo("1");
			assertThat(c.get("/orders").header("X-RateLimit-Remaining")).isEqualTo("0");
			SandboxClient.Response third = c.get("/orders");
			// a window boundary between the calls may reset the count; only then is the third call allowed
			if (third.status() != 200) {
				assertThat(third.status()).isEqualTo(429);
				assertThat(third.header("Retry-After")).isNotNull();
				assertThat(third.body().get("error").asText()).isEqualTo("Too Many Requests");
			}
		}
	}

	@Test
	void basePathIsConfigurable() {
		try (StateSetSandbox other = StateSetSandbox.builder().basePath("v1/").build().start()) {
			assertThat(other.baseUrl()).endsWith("/v1");
			assertThat(new SandboxClient(other).get("/orders/ORD-2").data().get("status").asText()).isEqualTo("confirmed");
			SandboxClient wrongBase = new SandboxClient(other.baseUrl().replace("/v1", "/api/v1"), "k");
			assertThat(wrongBase.get("/orders").status()).isEqualTo(404);
		}
	}
}
