package dev.mcpforge.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import dev.mcpforge.core.ToolException;
import dev.mcpforge.server.McpContext;
import dev.mcpforge.server.NoArgsToolHandler;
import dev.mcpforge.server.RawToolHandler;
import dev.mcpforge.server.ToolHandler;

/**
 * Deterministic fault injection around a tool handler or any call (an upstream request, say):
 * latency, failures on chosen calls, timeouts. Calls are numbered from 1 in the order they
 * start; rules pick calls by number, so a test always sees the same faults. The only
 * randomness is {@link #failRandomly(double, long)}, which is seeded.
 *
 * <pre>{@code
 * Faults faults = Faults.create()
 *     .latency(Duration.ofMillis(20))                        // every call
 *     .failFirst(2)                                          // calls 1 and 2 throw ToolException
 *     .failEvery(5, () -> new IllegalStateException("db down"));
 * McpServer server = McpServer.builder().name("shop")
 *     .tool("get_order", "Looks up an order", OrderArgs.class, faults.wrap(orders::get))
 *     .build();
 * ...
 * assertThat(faults.calls()).isEqualTo(3);
 * }</pre>
 *
 * For each call, in this order: latencies, then timeouts (sleep, then throw
 * {@link TimeoutException}), then the first matching failure rule. Sleeps inside a tool handler
 * stop early when the client cancels the call. Configure before use; the rules are not meant
 * to change while calls run.
 */
public final class Faults {

	private record Delay(IntPredicate calls, Duration duration, boolean thenTimeout) {
	}

	private record Failure(IntPredicate calls, Supplier<? extends Exception> error) {
	}

	private final List<Delay> delays = new ArrayList<>();

	private final List<Failure> failures = new ArrayList<>();

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private Faults() {
	}

	/** No faults yet: add them with the methods below. */
	public static Faults create() {
		return new Faults();
	}

	// ---- latency and timeouts ----

	/** Every call waits {@code duration} first (longer than the caller's timeout = a timed-out call). */
	public Faults latency(Duration duration) {
		return delay(n -> true, duration, false);
	}

	/** Calls {@code n}, {@code 2n}, ... wait {@code duration} first. */
	public Faults latencyEvery(int n, Duration duration) {
		return delay(every(n), duration, false);
	}

	/**
	 * Calls {@code n}, {@code 2n}, ... wait {@code after} and then throw {@link TimeoutException},
	 * as an upstream client whose timeout ran out would.
	 */
	public Faults timeoutEvery(int n, Duration after) {
		return delay(every(n), after, true);
	}

	/** The first {@code n} calls wait {@code after} and then throw {@link TimeoutException}. */
	public Faults timeoutFirst(int n, Duration after) {
		return delay(first(n), after, true);
	}

	// ---- failures ----

	/** The first {@code n} calls throw a {@link ToolException} (the model sees its message). */
	public Faults failFirst(int n) {
		return failFirst(n, null);
	}

	/** The first {@code n} calls throw what {@code error} supplies. */
	public Faults failFirst(int n, Supplier<? extends Exception> error) {
		return fail(first(n), error);
	}

	/** Calls {@code n}, {@code 2n}, ... throw a {@link ToolException}. */
	public Faults failEvery(int n) {
		return failEvery(n, null);
	}

	/** Calls {@code n}, {@code 2n}, ... throw what {@code error} supplies. */
	public Faults failEvery(int n, Supplier<? extends Exception> error) {
		return fail(every(n), error);
	}

	/** Exactly these calls (numbered from 1) throw a {@link ToolException}. */
	public Faults failOn(int... callNumbers) {
		int[] numbers = callNumbers.clone();
		return fail(n -> java.util.Arrays.stream(numbers).anyMatch(c -> c == n), null);
	}

	/** Every call throws what {@code error} supplies. */
	public Faults failAlways(Supplier<? extends Exception> error) {
		return fail(n -> true, Objects.requireNonNull(error, "error"));
	}

	/**
	 * Each call fails with {@code probability}, decided by a {@link Random} seeded with
	 * {@code seed}: the same seed and call order give the same failures.
	 */
	public Faults failRandomly(double probability, long seed) {
		if (probability < 0 || probability > 1) {
			throw new IllegalArgumentException("probability must be between 0 and 1, but was " + probability);
		}
		Random random = new Random(seed);
		return fail(n -> {
			synchronized (random) {
				return random.nextDouble() < probability;
			}
		}, null);
	}

	// ---- what happened ----

	/** How many calls started. */
	public int calls() {
		return calls.get();
	}

	/** How many calls were failed (or timed out) on purpose. */
	public int failures() {
		return failed.get();
	}

	/** Starts numbering calls from 1 again and zeroes the counters; the rules stay. */
	public Faults reset() {
		calls.set(0);
		failed.set(0);
		return this;
	}

	// ---- wrapping ----

	public <A, R> ToolHandler<A, R> wrap(ToolHandler<A, R> handler) {
		Objects.requireNonNull(handler, "handler");
		return (args, ctx) -> {
			before(ctx);
			return handler.handle(args, ctx);
		};
	}

	public NoArgsToolHandler wrap(NoArgsToolHandler handler) {
		Objects.requireNonNull(handler, "handler");
		return ctx -> {
			before(ctx);
			return handler.handle(ctx);
		};
	}

	public RawToolHandler wrapRaw(RawToolHandler handler) {
		Objects.requireNonNull(handler, "handler");
		return (args, ctx) -> {
			before(ctx);
			return handler.handle(args, ctx);
		};
	}

	/** Wraps any call, e.g. the client an adapter uses for its upstream API. */
	public <T> Callable<T> wrap(Callable<T> call) {
		Objects.requireNonNull(call, "call");
		return () -> {
			before(null);
			return call.call();
		};
	}

	/** Runs {@code call} now, with the faults. */
	public <T> T call(Callable<T> call) throws Exception {
		return wrap(call).call();
	}

	private void before(McpContext ctx) throws Exception {
		int n = calls.incrementAndGet();
		for (Delay delay : delays) {
			if (delay.calls().test(n)) {
				sleep(delay.duration(), ctx);
				if (delay.thenTimeout()) {
					failed.incrementAndGet();
					throw new TimeoutException("Injected timeout after " + delay.duration().toMillis() + " ms (call " + n + ")");
				}
			}
		}
		for (Failure failure : failures) {
			if (failure.calls().test(n)) {
				failed.incrementAndGet();
				throw failure.error() == null ? new ToolException("Injected failure (call " + n + ")")
						: failure.error().get();
			}
		}
	}

	private static void sleep(Duration duration, McpContext ctx) throws InterruptedException {
		long deadline = System.nanoTime() + duration.toNanos();
		long left;
		while ((left = deadline - System.nanoTime()) > 0) {
			if (ctx != null && ctx.isCancelled()) {
				ctx.throwIfCancelled();
			}
			Thread.sleep(Math.max(1, Math.min(10, left / 1_000_000)));
		}
	}

	private Faults delay(IntPredicate which, Duration duration, boolean thenTimeout) {
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException("duration must be zero or positive, but was " + duration);
		}
		delays.add(new Delay(which, duration, thenTimeout));
		return this;
	}

	private Faults fail(IntPredicate which, Supplier<? extends Exception> error) {
		failures.add(new Failure(which, error));
		return this;
	}

	private static IntPredicate every(int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1, but was " + n);
		}
		return call -> call % n == 0;
	}

	private static IntPredicate first(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative, but was " + n);
		}
		return call -> call <= n;
	}

}
