package dev.mcpforge.adapters.stateset.sandbox;

import dev.mcpforge.adapters.stateset.sandbox.internal.FaultPlan;
import java.time.Duration;

/**
 * Fault injection for a running {@link StateSetSandbox}; every method returns {@code this} for chaining and takes effect
 * on the next request. Faults apply to every path (health included), before authentication and routing, and a faulted
 * request changes no state. Per request: the delay (a queued {@link #delayNext} or else the standing {@link #delay}) is
 * served first, then a queued failure ({@link #failNext}, {@link #rateLimitNext}, in the order queued), else the
 * {@link #failEvery} rule.
 */
public final class Faults {

	private final FaultPlan plan;

	Faults(FaultPlan plan) {
		this.plan = plan;
	}

	/** The next {@code count} requests answer HTTP 500. */
	public Faults failNext(int count) {
		return failNext(count, 500);
	}

	/** The next {@code count} requests answer {@code status} (e.g. 500, 502, 503) with StateSet's error body. */
	public Faults failNext(int count, int status) {
		plan.failNext(count, status);
		return this;
	}

	/**
	 * The next {@code count} requests answer 429 with {@code Retry-After} in whole seconds (rounded up) and the exact
	 * wait in {@code Retry-After-Ms}; {@code X-RateLimit-Remaining} is 0.
	 */
	public Faults rateLimitNext(int count, Duration retryAfter) {
		plan.rateLimitNext(count, retryAfter);
		return this;
	}

	/** Every request waits {@code each} before it is answered, until {@link #clear()} or {@code delay(Duration.ZERO)}. */
	public Faults delay(Duration each) {
		plan.delay(each);
		return this;
	}

	/** Only the next {@code count} requests wait {@code each}. */
	public Faults delayNext(int count, Duration each) {
		plan.delayNext(count, each);
		return this;
	}

	/** From now on every {@code n}th request (n, 2n, …) answers 500. */
	public Faults failEvery(int n) {
		return failEvery(n, 500);
	}

	/** From now on every {@code n}th request answers {@code status}. */
	public Faults failEvery(int n, int status) {
		plan.failEvery(n, status);
		return this;
	}

	/** Removes every queued fault, delay and rule. */
	public Faults clear() {
		plan.clear();
		return this;
	}

	/** How many requests were answered with an injected failure so far. */
	public long injectedCount() {
		return plan.injectedCount();
	}
}
