package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mcpforge.core.upstream.FakeApi.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UpstreamRetryTest {

	@AutoClose
	private final FakeApi api = new FakeApi();

	private UpstreamClient.Builder client() {
		return UpstreamClient.builder().name("test").baseUrl(api.url()).retry(3, Duration.ofMillis(5));
	}

	@Test
	void get_isRetriedOn5xxUpToMaxAttemptsThenFailsSayingSo() {
		api.on("/orders", 503, "{\"message\":\"maintenance\"}");
		UpstreamClient client = client().build();

		UpstreamException e = catchThrowableOfType(UpstreamException.class,
				() -> client.send(UpstreamRequest.get("/orders")));

		assertThat(api.hits("/orders")).isEqualTo(3);
		assertThat(e).hasMessage("Upstream test answered 503 to GET /orders: maintenance (gave up after 3 attempts)");
		assertThat(e.status()).isEqualTo(503);
		assertThat(client.stats().requests().retries()).isEqualTo(2);
		assertThat(client.stats().requests().exchanges()).isEqualTo(3);
	}

	@Test
	void get_succeedingOnALaterAttemptReportsTheAttempts() {
		api.on("/orders", r -> Reply.json(502, ""), r -> Reply.json(200, "{\"items\":[]}"));

		UpstreamResponse response = client().build().send(UpstreamRequest.get("/orders"));

		assertThat(response.attempts()).isEqualTo(2);
		assertThat(response.body().path("items").isArray()).isTrue();
		assertThat(api.received().get(0).header("X-Request-ID")).isEqualTo(api.received().get(1).header("X-Request-ID"));
	}

	@Test
	void get_isNotRetriedOn4xx() {
		api.on("/orders/x", 404, "{\"message\":\"no such order\"}");

		assertThatThrownBy(() -> client().build().send(UpstreamRequest.get("/orders/x")))
				.hasMessage("Upstream test answered 404 to GET /orders/x: no such order");
		assertThat(api.hits("/orders/x")).isEqualTo(1);
	}

	@Test
	void post_isNotRetriedOn500() {
		api.on("/orders", 500, "{\"message\":\"boom\"}");

		assertThatThrownBy(() -> client().build().send(UpstreamRequest.post("/orders", Map.of("a", 1))))
				.hasMessage("Upstream test answered 500 to POST /orders: boom");
		assertThat(api.hits("/orders")).isEqualTo(1);
	}

	@Test
	void post_isRetriedOn429() {
		api.on("/orders", r -> Reply.json(429, "{\"message\":\"slow down\"}"), r -> Reply.json(201, "{\"id\":\"O-1\"}"));

		UpstreamResponse response = client().build().send(UpstreamRequest.post("/orders", Map.of("a", 1)));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.attempts()).isEqualTo(2);
		assertThat(api.hits("/orders")).isEqualTo(2);
	}

	@Test
	void post_isNotRetriedAfterATimeoutButGetIs() {
		api.on("/slow", r -> {
			Thread.sleep(1_000);
			return Reply.json(200, "{}");
		});
		UpstreamClient client = client().timeout(Duration.ofMillis(200)).noCircuitBreaker().build();

		UpstreamException post = catchThrowableOfType(UpstreamException.class,
				() -> client.send(UpstreamRequest.post("/slow", Map.of())));
		assertThat(post.kind()).isEqualTo(UpstreamException.Kind.TIMEOUT);
		assertThat(post).hasMessage("POST /slow timed out after 200 ms");
		assertThat(client.stats().requests().exchanges()).isEqualTo(1);

		UpstreamException get = catchThrowableOfType(UpstreamException.class,
				() -> client.send(UpstreamRequest.get("/slow")));
		assertThat(get.kind()).isEqualTo(UpstreamException.Kind.TIMEOUT);
		assertThat(get).hasMessage("GET /slow timed out after 200 ms (gave up after 3 attempts)");
		assertThat(client.stats().requests().exchanges()).isEqualTo(4);
	}

	@Test
	void post_isRetriedWhenTheConnectionIsRefused() throws Exception {
		int closedPort;
		try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = s.getLocalPort();
		}
		UpstreamClient client = UpstreamClient.builder().name("down").baseUrl("http://127.0.0.1:" + closedPort)
				.retry(3, Duration.ofMillis(5)).build();

		UpstreamException e = catchThrowableOfType(UpstreamException.class,
				() -> client.send(UpstreamRequest.post("/orders", Map.of())));

		assertThat(e.kind()).isEqualTo(UpstreamException.Kind.NETWORK);
		assertThat(e.getMessage()).startsWith("POST /orders failed: ConnectException").doesNotContain("null")
				.endsWith("(gave up after 3 attempts)");
		assertThat(client.stats().requests().exchanges()).isEqualTo(3);
	}

	@Test
	void retryAfter_isWaitedForBeforeTheNextAttempt() {
		api.on("/orders", r -> Reply.json(429, "{}").header("Retry-After", "1"), r -> Reply.json(200, "{}"));

		UpstreamResponse response = client().build().send(UpstreamRequest.get("/orders"));

		assertThat(response.attempts()).isEqualTo(2);
		long gapMillis = (api.received().get(1).atNanos() - api.received().get(0).atNanos()) / 1_000_000;
		assertThat(gapMillis).isGreaterThanOrEqualTo(950);
	}

	@Test
	void retryAfter_longerThanTheCapFailsAtOnceWithTheWait() {
		api.on("/orders", r -> Reply.json(503, "{\"message\":\"back later\"}").header("Retry-After", "120"));
		UpstreamClient client = client().maxRetryAfter(Duration.ofSeconds(5)).build();

		UpstreamException e = catchThrowableOfType(UpstreamException.class,
				() -> client.send(UpstreamRequest.get("/orders")));

		assertThat(api.hits("/orders")).isEqualTo(1);
		assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
		assertThat(e).hasMessage("Upstream test answered 503 to GET /orders: back later (retry after 120 s);"
				+ " not retried: that is longer than the 5 s this client waits");
	}
}
