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
import org.openjdk.jmh.annotations.Warmup;

import dev.mcpforge.core.schema.JsonSchemas;

/**
 * Input-schema generation for a realistic record: {@code cold} builds a new generator each time (what
 * the first tool of a server pays), {@code cached} asks a warm one (every later tool of that type).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SchemaBenchmark {

	private JsonSchemas warm;

	@Setup
	public void setUp() {
		warm = JsonSchemas.create();
		warm.inputSchema(Fixtures.Order.class);
	}

	@Benchmark
	public Map<String, Object> cold() {
		return JsonSchemas.create().inputSchema(Fixtures.Order.class);
	}

	@Benchmark
	public Map<String, Object> cached() {
		return warm.inputSchema(Fixtures.Order.class);
	}

}
