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

import dev.mcpforge.core.binding.ArgumentBinder;
import dev.mcpforge.core.schema.JsonSchemas;

/** Binding the arguments of one call to a realistic record, then validating it. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BindingBenchmark {

	private ArgumentBinder binder;

	private Map<String, Object> schema;

	@Setup
	public void setUp() {
		binder = ArgumentBinder.create();
		schema = JsonSchemas.create().inputSchema(Fixtures.Order.class);
	}

	@Benchmark
	public Object bindAndValidate() {
		return binder.bind(Fixtures.ORDER_ARGUMENTS, Fixtures.Order.class, schema);
	}

}
