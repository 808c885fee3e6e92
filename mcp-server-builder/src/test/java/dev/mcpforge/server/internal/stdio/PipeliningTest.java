package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Many requests written without waiting: every one is answered exactly once. */
class PipeliningTest {

	private static final Logger log = LoggerFactory.getLogger(PipeliningTest.class);

	@Test
	void thousandToolCallsWithoutWaiting() {
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
				h.initialize();
				h.assertEchoWorks("warm-up");
				long start = System.nanoTime();
				StringBuilder burst = new StringBuilder();
				for (int i = 0; i < 1000; i++) {
					burst.append(StdioHarness.toolCall(i, "echo", "{\"text\":\"m" + i + "\"}")).append('\n');
				}
				h.sendBytes(burst.toString().getBytes(StandardCharsets.UTF_8));
				Set<Integer> ids = readAnswers(h, 1000, "echo: m");
				log.info("1000 pipelined tools/call answered in {} ms", (System.nanoTime() - start) / 1_000_000);
				assertThat(ids).hasSize(1000).allMatch(i -> i >= 0 && i < 1000);
				assertThat(h.poll(Duration.ofMillis(200))).as("no extra message").isNull();
			}
		});
	}

	@Test
	void thousandPingsOneWriteEach() {
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
				h.initialize();
				long start = System.nanoTime();
				for (int i = 0; i < 1000; i++) {
					h.send(StdioHarness.ping(i));
				}
				Set<Integer> ids = readAnswers(h, 1000, null);
				log.info("1000 pipelined pings answered in {} ms", (System.nanoTime() - start) / 1_000_000);
				assertThat(ids).hasSize(1000);
			}
		});
	}

	@Test
	void twoHundredFiftySixSlowCallsInFlight() {
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			try (StdioHarness h = StdioHarness.robust(TestTools.sleep())) {
				h.initialize();
				long start = System.nanoTime();
				for (int i = 0; i < 256; i++) {
					h.send(StdioHarness.toolCall(i, "sleep", "{\"ms\":5}"));
				}
				Set<Integer> ids = readAnswers(h, 256, "slept");
				log.info("256 concurrent 5 ms tool calls answered in {} ms", (System.nanoTime() - start) / 1_000_000);
				assertThat(ids).hasSize(256);
			}
		});
	}

	private static Set<Integer> readAnswers(StdioHarness h, int count, String textPrefix) {
		Set<Integer> ids = new HashSet<>();
		for (int i = 0; i < count; i++) {
			JsonNode response = h.next();
			assertThat(response.has("error")).as("error response: %s", response).isFalse();
			if (textPrefix != null) {
				assertThat(response.path("result").path("content").path(0).path("text").asText()).startsWith(textPrefix);
			}
			assertThat(ids.add(response.get("id").asInt())).as("duplicate id %s", response.get("id")).isTrue();
		}
		return ids;
	}

}
