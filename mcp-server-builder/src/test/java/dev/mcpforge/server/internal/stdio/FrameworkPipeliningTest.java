package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ServerHandle;

/**
 * Pipelining through the whole framework ({@link McpServer#serveStdio}), where tools run on the
 * transport's handler threads and answers may be written from them: every call is answered
 * exactly once, with its own text, however many are in flight.
 */
class FrameworkPipeliningTest {

	record Echo(String message) {
	}

	@Test
	void thousandCallsWrittenAtOnce() {
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertAllAnswered(1000, 1000));
	}

	@Test
	void twoHundredFiftySixKeptInFlightForFourThousandCalls() {
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertAllAnswered(4000, 256));
	}

	@Test
	void oneInFlightAtATime() {
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertAllAnswered(200, 1));
	}

	/** Sends {@code total} echo calls, never more than {@code inFlight} unanswered, and checks each answer. */
	private static void assertAllAnswered(int total, int inFlight) throws IOException {
		Pipe stdin = new Pipe();
		Pipe stdout = new Pipe();
		McpServer server = McpServer.builder()
			.name("pipelined")
			.tool("echo", "Echoes", Echo.class, (args, ctx) -> args.message())
			.build();
		ServerHandle handle = server.serveStdio(stdin.source, stdout.sink);
		try {
			BufferedReader answers = new BufferedReader(new InputStreamReader(stdout.source, StandardCharsets.UTF_8));
			send(stdin, """
					{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"protocolVersion":"2025-06-18",\
					"capabilities":{},"clientInfo":{"name":"raw","version":"0"}}}""");
			assertThat(StdioHarness.JSON.readTree(answers.readLine()).at("/result/serverInfo/name").asText())
				.isEqualTo("pipelined");
			send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

			Set<Integer> answered = new HashSet<>();
			int sent = 0;
			while (answered.size() < total) {
				while (sent < total && sent - answered.size() < inFlight) {
					send(stdin, StdioHarness.toolCall(sent, "echo", "{\"message\":\"m" + sent + "\"}"));
					sent++;
				}
				JsonNode answer = StdioHarness.JSON.readTree(answers.readLine());
				int id = answer.get("id").asInt();
				assertThat(answer.has("error")).as("error answer: %s", answer).isFalse();
				assertThat(answer.at("/result/content/0/text").asText()).isEqualTo("m" + id);
				assertThat(answered.add(id)).as("answered twice: %s", id).isTrue();
			}
			assertThat(answered).hasSize(total).allMatch(id -> id >= 0 && id < total);
		}
		finally {
			handle.close();
			stdin.close();
			server.close();
		}
	}

	private static void send(Pipe stdin, String line) throws IOException {
		stdin.sink.write((line + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
