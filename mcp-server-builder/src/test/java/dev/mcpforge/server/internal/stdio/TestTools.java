package dev.mcpforge.server.internal.stdio;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import dev.mcpforge.server.internal.CancellationSignal;
import dev.mcpforge.server.internal.TransportAttributes;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;

/** Tools the stdio tests serve. */
final class TestTools {

	private TestTools() {
	}

	/** {@code echo {text}} answers {@code "echo: <text>"}. */
	static SyncToolSpecification echo() {
		Tool tool = Tool.builder("echo", Map.of("type", "object", "properties",
				Map.of("text", Map.of("type", "string")), "required", List.of("text")))
			.description("Echoes text")
			.build();
		return SyncToolSpecification.builder()
			.tool(tool)
			.callHandler((exchange, request) -> CallToolResult.builder()
				.addTextContent("echo: " + request.arguments().get("text"))
				.build())
			.build();
	}

	/** {@code sleep {ms}} blocks its thread for {@code ms} milliseconds. */
	static SyncToolSpecification sleep() {
		Tool tool = Tool.builder("sleep", Map.of("type", "object", "properties",
				Map.of("ms", Map.of("type", "integer")), "required", List.of("ms")))
			.build();
		return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
			try {
				Thread.sleep(((Number) request.arguments().get("ms")).longValue());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return CallToolResult.builder().addTextContent("slept").build();
		}).build();
	}

	/**
	 * {@code wait_for_cancel {}} loops until its {@link CancellationSignal} fires (at most 10 s),
	 * then completes {@code observed} with the signal's reason.
	 */
	static SyncToolSpecification waitForCancel(CountDownLatch started, CompletableFuture<String> observed) {
		Tool tool = Tool.builder("wait_for_cancel", Map.of("type", "object")).build();
		return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
			CancellationSignal signal = (CancellationSignal) exchange.transportContext()
				.get(TransportAttributes.CANCELLATION);
			started.countDown();
			long deadline = System.nanoTime() + 10_000_000_000L;
			while (!signal.isCancelled() && System.nanoTime() < deadline) {
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			observed.complete(signal.isCancelled() ? signal.reason() : "never cancelled");
			return CallToolResult.builder().addTextContent("stopped").isError(signal.isCancelled()).build();
		}).build();
	}

	/** {@code context {}} answers with the stdio transport attribute it sees. */
	static SyncToolSpecification context() {
		Tool tool = Tool.builder("context", Map.of("type", "object")).build();
		return SyncToolSpecification.builder()
			.tool(tool)
			.callHandler((exchange, request) -> CallToolResult.builder()
				.addTextContent("transport=" + exchange.transportContext().get(TransportAttributes.TRANSPORT)
						+ " cancellation=" + (exchange.transportContext()
							.get(TransportAttributes.CANCELLATION) instanceof CancellationSignal))
				.build())
			.build();
	}

	/** {@code unserializable {}} returns a result Jackson cannot write. */
	static SyncToolSpecification unserializable() {
		Tool tool = Tool.builder("unserializable", Map.of("type", "object")).build();
		return SyncToolSpecification.builder()
			.tool(tool)
			.callHandler((exchange, request) -> CallToolResult.builder()
				.addTextContent("never seen")
				.structuredContent(new Exploding())
				.build())
			.build();
	}

	public static final class Exploding {

		public String getValue() {
			throw new IllegalStateException("secret internal detail");
		}

	}

}
