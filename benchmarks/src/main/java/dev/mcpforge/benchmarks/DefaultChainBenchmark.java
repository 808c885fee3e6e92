package dev.mcpforge.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
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
import jakarta.validation.constraints.NotNull;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.binding.ArgumentBinder;
import dev.mcpforge.core.schema.JsonSchemas;
import dev.mcpforge.core.interceptor.CallContext;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.ToolCall;
import dev.mcpforge.middleware.Middleware;
import dev.mcpforge.middleware.resilience.CircuitBreakerSettings;
import dev.mcpforge.middleware.resilience.RateLimitSettings;
import dev.mcpforge.middleware.resilience.RetrySettings;

/**
 * What the framework adds to one call of the load runner's {@code echo} tool, without the transport:
 * {@code execute} runs the chain alone around a trivial handler; {@code executeAndBind} also binds the
 * arguments to the tool's record and validates them (Jackson, then Hibernate Validator), as every typed
 * tool call does. The chains: {@code none}; {@code metrics}, the default chain (a Micrometer
 * timer; validation is the binding); {@code everything} on the way to the handler (audit, rate limit,
 * circuit breaker, bulkhead, retry, timeout, metrics; the response cache is left out, as it would answer
 * every call after the first); and the same without the timeout, whose hand-off to another thread is
 * most of its cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DefaultChainBenchmark {

	@Param({ "none", "metrics", "everything", "everything-but-timeout" })
	public String chain;

	private InterceptorChain interceptors;

	private ToolCall call;

	/** The echo tool's arguments, with the constraint the hello-server puts on them. */
	record EchoArgs(@NotNull String message) {
	}

	private final ArgumentBinder binder = ArgumentBinder.create();

	private Map<String, Object> schema;

	private final McpResponse response = McpResponse.of(McpSchema.CallToolResult.builder().addTextContent("ok").build());

	@Setup
	public void setUp() {
		List<McpInterceptor> list = switch (chain) {
			case "metrics" -> List.of(Middleware.metrics(new SimpleMeterRegistry()));
			case "everything" -> everything(true);
			case "everything-but-timeout" -> everything(false);
			default -> List.of();
		};
		interceptors = InterceptorChain.of(list);
		schema = JsonSchemas.create().inputSchema(EchoArgs.class);
		call = new ToolCall(ToolDefinition.builder("echo").description("d").build(), Map.of("message", "hi"),
				new CallContext("http", "s", null, Map.of(), Map.of()));
	}

	/** Every built-in on the way to the handler but the response cache, in the order a server runs them. */
	private static List<McpInterceptor> everything(boolean withTimeout) {
		List<McpInterceptor> all = new ArrayList<>(List.of(Middleware.audit(),
				Middleware.rateLimit(RateLimitSettings.perMinute(Integer.MAX_VALUE)),
				Middleware.circuitBreaker(CircuitBreakerSettings.ofDefaults()), Middleware.bulkhead(64),
				Middleware.retry(RetrySettings.ofDefaults())));
		if (withTimeout) {
			all.add(Middleware.timeout(Duration.ofSeconds(10)));
		}
		all.add(Middleware.metrics(new SimpleMeterRegistry()));
		return all;
	}

	@Benchmark
	public McpResponse execute() throws Exception {
		return interceptors.execute(call, request -> response);
	}

	@Benchmark
	public McpResponse executeAndBind() throws Exception {
		return interceptors.execute(call, request -> {
			EchoArgs args = binder.bind(((ToolCall) request).arguments(), EchoArgs.class, schema);
			return args.message() == null ? null : response;
		});
	}

}
