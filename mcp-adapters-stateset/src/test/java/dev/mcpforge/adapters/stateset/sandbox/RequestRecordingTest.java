package dev.mcpforge.adapters.stateset.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class RequestRecordingTest {

	@AutoClose
	final StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
	final SandboxClient client = new SandboxClient(sandbox);

	@Test
	void countsRequestsPerMethodAndPath() {
		client.get("/orders/ORD-1");
		client.get("/orders/ORD-1");
		client.get("/orders/ORD-1?expand=items");
		client.patch("/orders/ORD-1", Map.of("notes", "n"));
		client.get("/orders/ORD-2");

		assertThat(sandbox.requestCount("GET", "/api/v1/orders/ORD-1")).isEqualTo(3);
		assertThat(sandbox.requestCount("get", "/api/v1/orders/ORD-1")).isEqualTo(3);
		assertThat(sandbox.requestCount("PATCH", "/api/v1/orders/ORD-1")).isEqualTo(1);
		assertThat(sandbox.requestCount("/api/v1/orders/ORD-1")).isEqualTo(4);
		assertThat(sandbox.requestCount("GET", "/api/v1/orders/ORD-3")).isZero();
	}

	@Test
	void recordsMethodPathQueryHeadersAndBody() {
		client.send("POST", "/customers?source=test", Map.of("email", "r@example.com", "name", "R"), Map.of("X-Request-ID", "rid-1"));

		RecordedRequest r = sandbox.requests().get(0);
		assertThat(r.method()).isEqualTo("POST");
		assertThat(r.path()).isEqualTo("/api/v1/customers");
		assertThat(r.query()).isEqualTo("source=test");
		assertThat(r.header("X-Request-ID")).isEqualTo("rid-1");
		assertThat(r.header("authorization")).isEqualTo("Bearer test-key");
		assertThat(r.body()).contains("\"email\":\"r@example.com\"");
		assertThat(r.at()).isNotNull();
	}

	@Test
	void faultedAndUnauthorizedRequestsAreRecordedToo() {
		sandbox.faults().failNext(1);
		client.get("/orders");
		client.withKey(null).get("/orders");

		assertThat(sandbox.requestCount("GET", "/api/v1/orders")).isEqualTo(2);
	}

	@Test
	void clearRequestsForgetsTheLog() {
		client.get("/orders");
		sandbox.clearRequests();

		assertThat(sandbox.requests()).isEmpty();
		client.get("/orders");
		assertThat(sandbox.requests()).hasSize(1);
	}

	@Test
	void entityPeekBypassesHttp() {
		assertThat(sandbox.entity("orders", "ORD-4")).get().extracting(n -> n.get("status").asText()).isEqualTo("delivered");
		assertThat(sandbox.entity("orders", "ORD-404")).isEmpty();
		assertThat(sandbox.requests()).isEmpty();
	}
}
