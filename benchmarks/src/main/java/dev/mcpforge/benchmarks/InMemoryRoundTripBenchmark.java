package dev.mcpforge.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.server.McpServer;

/** One {@code tools/call} of an echo tool through the whole stack, in memory (JSON on the way). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class InMemoryRoundTripBenchmark {

	private McpServer server;

	private McpSyncClient client;

	private McpSchema.CallToolRequest request;

	@Setup
	public void setUp() {
		server = McpServer.builder()
			.name("bench")
			.tool("echo", "Echoes", Fixtures.Echo.class, (args, ctx) -> args.message())
			.build();
		client = McpClient.sync(server.connectInMemory()).build();
		client.initialize();
		request = McpSchema.CallToolRequest.builder("echo").arguments(Map.of("message", "hi")).build();
	}

	@TearDown
	public void tearDown() {
		client.closeGracefully();
		server.close();
	}

	@Benchmark
	public McpSchema.CallToolResult callTool() {
		return client.callTool(request);
	}

}
