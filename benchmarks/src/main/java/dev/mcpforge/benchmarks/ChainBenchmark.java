package dev.mcpforge.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ToolCall;

/** The cost of the interceptor chain itself: pass-through interceptors around a trivial handler. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ChainBenchmark {

	@Param({ "0", "3", "6" })
	public int interceptors;

	private InterceptorChain chain;

	private ToolCall call;

	private final McpResponse response = McpResponse.of(McpSchema.CallToolResult.builder().addTextContent("ok").build());

	@Setup
	public void setUp() {
		Phase[] phases = Phase.values();
		List<McpInterceptor> list = new java.util.ArrayList<>();
		for (int i = 0; i < interceptors; i++) {
			list.add(McpInterceptor.of("pass-" + i, phases[i % phases.length], c -> c.proceed(c.request())));
		}
		chain = InterceptorChain.of(list);
		call = new ToolCall(ToolDefinition.builder("echo").description("d").build(), Map.of("message", "hi"),
				new CallContext("in-memory", "s", null, Map.of(), Map.of()));
	}

	@Benchmark
	public McpResponse execute() throws Exception {
		return chain.execute(call, request -> response);
	}

}
