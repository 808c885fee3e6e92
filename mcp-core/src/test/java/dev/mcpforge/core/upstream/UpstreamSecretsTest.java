package dev.mcpforge.core.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Secrets are sent, but never shown: not in toString, exception messages or log lines (slf4j-simple writes to
 * System.err; this package logs at debug, see simplelogger.properties).
 */
class UpstreamSecretsTest {

	static final String TOKEN = "tok-5e1f0c9a7b3d";
	static final String API_KEY = "key-8d2c6a4e0f1b";
	static final String CUSTOM = "sec-3b7f9d1c5a2e";

	@AutoClose
	private final FakeApi api = new FakeApi();

	@Test
	void secretHeaderValuesNeverAppearInToStringMessagesOrLogs() {
		api.on("/orders", 401, "{\"message\":\"invalid credentials\"}").on("/broken", 503, "{}");
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.err;
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		List<String> texts = new ArrayList<>();
		try {
			UpstreamClient client = UpstreamClient.builder().name("stateset").baseUrl(api.url())
					.bearerToken(TOKEN).header("X-API-Key", API_KEY).secretHeader("X-Signature", CUSTOM)
					.header("X-Tenant", "acme").retry(2, Duration.ofMillis(1)).build();
			texts.add(client.toString());
			client.send(UpstreamRequest.get("/ok"));
			texts.add(catchThrowableOfType(UpstreamException.class,
					() -> client.send(UpstreamRequest.post("/orders", Map.of()))).getMessage());
			texts.add(catchThrowableOfType(UpstreamException.class,
					() -> client.send(UpstreamRequest.get("/broken"))).getMessage());
		} finally {
			System.setErr(original);
		}
		String log = captured.toString(StandardCharsets.UTF_8);
		texts.add(log);

		assertThat(api.received().get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);
		assertThat(api.received().get(0).header("X-API-Key")).isEqualTo(API_KEY);
		assertThat(api.received().get(0).header("X-Signature")).isEqualTo(CUSTOM);
		// what was captured is what was looked at
		assertThat(texts.get(0)).contains("Authorization=<redacted>", "X-API-Key=<redacted>",
				"X-Signature=<redacted>", "X-Tenant=acme");
		assertThat(texts.get(1)).isEqualTo("Upstream stateset answered 401 to POST /orders: invalid credentials");
		assertThat(log).contains("stateset GET /ok -> 200", "stateset POST /orders -> 401",
				"stateset GET /broken -> 503", api.received().get(0).header("X-Request-ID"));
		for (String text : texts) {
			assertThat(text).doesNotContain(TOKEN, API_KEY, CUSTOM);
		}
	}

	@Test
	void anInvalidSecretValueIsRefusedWithoutQuotingIt() {
		assertThatThrownBy(() -> UpstreamClient.builder().bearerToken("tok\nen"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("header Authorization is not allowed or has an invalid value");
	}
}
