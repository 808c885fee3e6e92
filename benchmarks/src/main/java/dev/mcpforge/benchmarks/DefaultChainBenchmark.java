package dev.mcpforge.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.CallContext;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.ToolCall;
import dev.mcpforge.middleware.Middleware;

/**
 * The chain the load runner's mcpforge server runs (the "default chain": a Micrometer
 * metrics interceptor; argument validation is measured by {@link BindingBenchmark}) against no
 * interceptor at all, around a trivial handler.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DefaultChainBenchmark {

	@Param({ "none", "metrics" })
	public String chain;

	private InterceptorChain interceptors;

	private ToolCall call;

	private final McpResponse response = McpResponse.of(McpSchema.CallToolResult.builder().addTextContent("ok").build());

	@Setup
	public void setUp() {
		List<McpInterceptor> list = chain.equals("metrics") ? List.of(Middleware.metrics(new SimpleMeterRegistry()))
				: List.of();
		interceptors = InterceptorChain.of(list);
		call = new ToolCall(ToolDefinition.builder("echo").description("d").build(), Map.of("message", "hi"),
				new CallContext("http", "s", null, Map.of(), Map.of()));
	}

	@Benchmark
	public McpResponse execute() throws Exception {
		return interceptors.execute(call, request -> response);
	}

}
