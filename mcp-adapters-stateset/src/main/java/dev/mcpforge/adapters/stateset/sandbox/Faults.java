package dev.mcpforge.adapters.stateset.sandbox;

import dev.mcpforge.adapters.stateset.sandbox.internal.FaultPlan;
import java.time.Duration;

/**
 * Fault injection for a running {@link StateSetSandbox}; every method returns {@code this} for chaining and takes effect
 * on the next request. Faults apply to every path (health included), before authentication and routing, and a faulted
 * request changes no state. Per request: the delay (a queued {@link #delayNext} or else the standing {@link #delay}) is
 * served first, then a queued failure ({@link #failNext}, {@link #rateLimitNext}, in the order queued), else the
 * {@link #failEvery} rule.
 *
 * <p>{@link #on(String, String)} narrows the faults set through the returned view to one method and/or path prefix
 * (the full request path, base path included), e.g. {@code faults().on("GET", "/api/v1/orders").failNext(2, 503)}.
 * {@link #clear()} always clears every scope.
 */
public final class Faults {

	private final FaultPlan plan;
	private final FaultPlan.Scope scope;

	Faults(FaultPlan plan) {
		this(plan, FaultPlan.Scope.ANY);
	}

	private Faults(FaultPlan plan, FaultPlan.Scope scope) {
		this.plan = plan;
		this.scope = scope;
	}

	/**
	 * A view whose faults only hit requests with this method (null: any) whose path starts with {@code pathPrefix}
	 * (null: any), e.g. {@code on("GET", "/api/v1/orders/ORD-1")}.
	 */
	public Faults on(String method, String pathPrefix) {
		return new Faults(plan, new FaultPlan.Scope(method, pathPrefix));
	}

	/** Shorthand for {@code on(null, pathPrefix)}. */
	public Faults onPath(String pathPrefix) {
		return on(null, pathPrefix);
	}

	/** The next {@code count} requests answer HTTP 500. */
	public Faults failNext(int count) {
		return failNext(count, 500);
	}

	/** The next {@code count} requests answer {@code status} (e.g. 500, 502, 503) with StateSet's error body. */
	public Faults failNext(int count, int status) {
		plan.failNext(scope, count, status);
		return this;
	}

	/**
	 * The next {@code count} requests answer 429 with {@code Retry-After} in whole seconds (rounded up) and the exact
	 * wait in {@code Retry-After-Ms}; {@code X-RateLimit-Remaining} is 0.
	 */
	public Faults rateLimitNext(int count, Duration retryAfter) {
		plan.rateLimitNext(scope, count, retryAfter);
		return this;
	}

	/** Every request waits {@code each} before it is answered, until {@link #clear()} or {@code delay(Duration.ZERO)}. */
	public Faults delay(Duration each) {
		plan.delay(scope, each);
		return this;
	}

	/** Only the next {@code count} requests wait {@code each}. */
	public Faults delayNext(int count, Duration each) {
		plan.delayNext(scope, count, each);
		return this;
	}

	/** From now on every {@code n}th request (n, 2n, …) in this scope answers 500; a new rule for the same scope restarts the count. */
	public Faults failEvery(int n) {
		return failEvery(n, 500);
	}

	/** From now on every {@code n}th request answers {@code status}. */
	public Faults failEvery(int n, int status) {
		plan.failEvery(scope, n, status);
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
