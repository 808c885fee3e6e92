package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.security.Authenticator;

/**
 * {@code run("--training-run")} serves {@code initialize} and the four lists once over stdio and once
 * over HTTP, calls nothing, and returns.
 */
class TrainingRunTest {

	private static final List<String> SESSION = List.of("initialize", "tools/list", "resources/list",
			"resources/templates/list", "prompts/list");

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private final AtomicInteger toolCalls = new AtomicInteger();

	private final McpInterceptor recorder = McpInterceptor.of("recorder", Phase.OBSERVABILITY, chain -> {
		seen.add(chain.request().context().transport() + " " + chain.request().method());
		return chain.proceed(chain.request());
	});

	private McpServerBuilder builder() {
		return McpServer.builder()
			.name("trained")
			.tool(ToolSpec.of("launch", ctx -> "launched " + toolCalls.incrementAndGet()).description("Has effects"))
			.resource("config://app", "config", "The configuration", (req, ctx) -> "a=1")
			.prompt(PromptSpec.of("greet", (a, ctx) -> "hi").description("Greets"))
			.intercept(recorder);
	}

	@Test
	void servesOneSessionOnEachTransportCallsNothingAndReturns() {
		McpServer server = builder().build();

		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> server.run("--training-run"));

		// stdio answers pipelined requests concurrently, so the lists may come in any order
		assertThat(seen).containsExactlyInAnyOrderElementsOf(
				java.util.stream.Stream.of("stdio", "http").flatMap(t -> SESSION.stream().map(m -> t + " " + m)).toList());
		assertThat(seen.get(0)).isEqualTo("stdio initialize");
		assertThat(toolCalls).hasValue(0);
	}

	@Test
	void statelessHttpIsTrainedWhenAsked() {
		McpServer server = builder().build();

		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> server.run("--http", "--stateless", "--training-run"));

		assertThat(seen).containsSubsequence(SESSION.stream().map(m -> "http-stateless " + m).toList());
	}

	@Test
	void aServerThatRequiresCredentialsIsTrainedUpToItsRefusal() {
		Authenticator nobody = credentials -> java.util.Optional.empty();
		McpServer server = builder().authenticator(nobody).build();

		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> server.run("--training-run"));

		assertThat(seen).isEmpty();
		assertThat(toolCalls).hasValue(0);
	}

}
