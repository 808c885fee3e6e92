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
 * More tools waiting for the client than there are handler threads: the client's answers do not
 * queue behind requests that need a handler thread, so every tool finishes.
 */
class BlockedHandlersTest {

	@Test
	void samplingAnswersReachToolsWhileEveryHandlerThreadWaits() {
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			int calls = HandlerThreads.size() + 5;
			Pipe stdin = new Pipe();
			Pipe stdout = new Pipe();
			McpServer server = McpServer.builder()
				.name("asking")
				.tool("ask", "Asks the client's model", ctx -> ctx.sample("why?", 10))
				.build();
			ServerHandle handle = server.serveStdio(stdin.source, stdout.sink);
			try {
				BufferedReader fromServer = new BufferedReader(
						new InputStreamReader(stdout.source, StandardCharsets.UTF_8));
				send(stdin, """
						{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"protocolVersion":"2025-06-18",\
						"capabilities":{"sampling":{}},"clientInfo":{"name":"raw","version":"0"}}}""");
				assertThat(StdioHarness.JSON.readTree(fromServer.readLine()).has("result")).isTrue();
				send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
				for (int i = 0; i < calls; i++) {
					send(stdin, StdioHarness.toolCall(i, "ask", "{}"));
				}
				Set<Integer> answered = new HashSet<>();
				while (answered.size() < calls) {
					JsonNode message = StdioHarness.JSON.readTree(fromServer.readLine());
					if ("sampling/createMessage".equals(message.path("method").asText())) {
						send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":" + message.get("id") + ",\"result\":{\"role\":\"assistant\","
								+ "\"content\":{\"type\":\"text\",\"text\":\"because\"},\"model\":\"m\"}}");
						continue;
					}
					assertThat(message.at("/result/content/0/text").asText()).as("%s", message).isEqualTo("because");
					assertThat(answered.add(message.get("id").asInt())).isTrue();
				}
			}
			finally {
				handle.close();
				stdin.close();
				server.close();
			}
		});
	}

	private static void send(Pipe stdin, String line) throws IOException {
		stdin.sink.write((line + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
