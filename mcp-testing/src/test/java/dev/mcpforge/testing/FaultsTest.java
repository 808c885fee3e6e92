package dev.mcpforge.testing;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import dev.mcpforge.core.ToolException;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolHandler;

class FaultsTest {

	record Sku(String sku) {
	}

	/** Which of {@code calls} calls of {@code faults} failed, numbered from 1. */
	private static List<Integer> failingCalls(Faults faults, int calls) {
		Callable<String> call = faults.wrap(() -> "ok");
		List<Integer> failed = new ArrayList<>();
		for (int n = 1; n <= calls; n++) {
			try {
				call.call();
			}
			catch (Exception e) {
				failed.add(n);
			}
		}
		return failed;
	}

	@Test
	void callsArePickedByNumber() {
		assertThat(failingCalls(Faults.create().failFirst(2), 5)).containsExactly(1, 2);
		assertThat(failingCalls(Faults.create().failEvery(3), 7)).containsExactly(3, 6);
		assertThat(failingCalls(Faults.create().failOn(2, 5), 6)).containsExactly(2, 5);
		assertThat(failingCalls(Faults.create().failFirst(1).failEvery(4), 8)).containsExactly(1, 4, 8);
	}

	@Test
	void randomFailuresAreSeeded() {
		List<Integer> first = failingCalls(Faults.create().failRandomly(0.3, 42), 50);
		List<Integer> again = failingCalls(Faults.create().failRandomly(0.3, 42), 50);
		assertThat(first).isNotEmpty().hasSizeLessThan(50).isEqualTo(again);
	}

	@Test
	void failuresCarryTheirCallNumberOrTheGivenError() throws Exception {
		Faults faults = Faults.create().failFirst(1).failEvery(2, () -> new IllegalStateException("db down"));
		Callable<String> call = faults.wrap(() -> "ok");
		assertThatThrownBy(call::call).isInstanceOf(ToolException.class).hasMessage("Injected failure (call 1)");
		assertThatThrownBy(call::call).isInstanceOf(IllegalStateException.class).hasMessage("db down");
		assertThat(call.call()).isEqualTo("ok");
		assertThat(faults.calls()).isEqualTo(3);
		assertThat(faults.failures()).isEqualTo(2);
		faults.reset();
		assertThatThrownBy(call::call).hasMessage("Injected failure (call 1)");
	}

	@Test
	void latencyAndTimeouts() throws Exception {
		Faults faults = Faults.create().latency(Duration.ofMillis(30)).timeoutEvery(2, Duration.ofMillis(20));
		long start = System.nanoTime();
		assertThat(faults.call(() -> "ok")).isEqualTo("ok");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
		assertThatThrownBy(() -> faults.call(() -> "ok")).isInstanceOf(TimeoutException.class)
			.hasMessage("Injected timeout after 20 ms (call 2)");
	}

	@Test
	void wrappedToolHandlersFailThroughTheServer() {
		// docs:faults
		Faults faults = Faults.create().failFirst(1, () -> new ToolException("upstream unavailable, retry later"));
		ToolHandler<Sku, String> lookup = (args, ctx) -> "in stock: " + args.sku();
		McpServer server = McpServer.builder().name("shop")
			.tool("stock", "Checks stock", Sku.class, faults.wrap(lookup))
			.tool("ping", "Answers", faults.wrap(ctx -> "pong"))
			.build();
		try (server; McpTestClient client = McpTestClient.connect(server)) {
			assertThat(client.callTool("stock", new Sku("A-1"))).isToolError().hasText("upstream unavailable, retry later");
			assertThat(client.callTool("stock", new Sku("A-1"))).isSuccess().hasText("in stock: A-1");
			assertThat(client.callTool("ping")).isSuccess();
			assertThat(faults.calls()).isEqualTo(3);
		}
		// end:faults
	}

	@Test
	void aHandlerSlowerThanTheClientsTimeoutTimesOut() {
		Faults slow = Faults.create().latency(Duration.ofSeconds(2));
		McpServer server = McpServer.builder().name("slow").tool("wait", "Waits", slow.wrap(ctx -> "done")).build();
		try (server; McpTestClient client = McpTestClient.builder(server).requestTimeout(Duration.ofMillis(200)).build()) {
			assertThatThrownBy(() -> client.callTool("wait")).hasRootCauseInstanceOf(TimeoutException.class);
		}
	}

	@Test
	void rulesRejectNonsense() {
		assertThatThrownBy(() -> Faults.create().failEvery(0)).hasMessage("n must be at least 1, but was 0");
		assertThatThrownBy(() -> Faults.create().failRandomly(2, 1))
			.hasMessage("probability must be between 0 and 1, but was 2.0");
		assertThatThrownBy(() -> Faults.create().latency(Duration.ofMillis(-1)))
			.hasMessage("duration must be zero or positive, but was PT-0.001S");
	}

}
