package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import org.junit.jupiter.api.Test;

/**
 * Regression marker for the SDK 2.1.0 {@link StdioServerTransportProvider}: after one
 * malformed line its read loop {@code break}s and the session never answers again. This is
 * why mcpforge has {@link RobustStdioTransportProvider}. If this test starts failing, the SDK
 * has been fixed: re-evaluate whether we still need our own transport.
 */
class SdkStdioTransportDeafnessTest {

	@Test
	void sdkTransportGoesDeafAfterOneMalformedLine() {
		StdioHarness h = new StdioHarness((in, out) -> new StdioServerTransportProvider(StdioHarness.MAPPER, in, out),
				TestTools.echo());
		try {
			h.initialize();
			h.assertEchoWorks(1);

			h.send("{");
			h.send(StdioHarness.toolCall(2, "echo", "{\"text\":\"anyone there?\"}"));

			assertThat(h.poll(Duration.ofSeconds(2)))
				.as("the SDK transport answered after a malformed line: it may be fixed upstream")
				.isNull();
		}
		finally {
			h.close();
		}
	}

	@Test
	void ourTransportAnswersTheSameSequence() {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
			h.initialize();
			h.assertEchoWorks(1);

			h.send("{");
			h.send(StdioHarness.toolCall(2, "echo", "{\"text\":\"anyone there?\"}"));

			assertThat(h.next().path("error").path("code").asInt()).isEqualTo(-32700);
			assertThat(h.responseTo(2).path("result").path("content").path(0).path("text").asText())
				.isEqualTo("echo: anyone there?");
		}
	}

}
