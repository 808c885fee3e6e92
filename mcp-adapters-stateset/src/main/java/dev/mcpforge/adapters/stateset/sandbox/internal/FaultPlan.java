package dev.mcpforge.adapters.stateset.sandbox.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The fault-injection state behind {@code Faults}: queued one-shot faults, delays and an every-Nth failure. */
public final class FaultPlan {

	/** A failure to answer with instead of routing; {@code retryAfter} is set for 429s. */
	public record Failure(int status, String message, Duration retryAfter) {
	}

	/** What to do with one request: wait {@code delay}, then either fail or proceed. */
	public record Decision(Duration delay, Optional<Failure> failure) {
	}

	private final Deque<Failure> queued = new ArrayDeque<>();
	private final Deque<Duration> queuedDelays = new ArrayDeque<>();
	private Duration delay = Duration.ZERO;
	private int every;
	private int everyStatus;
	private long sinceEvery;
	private long injected;

	public synchronized void failNext(int count, int status) {
		for (int i = 0; i < count; i++) {
			queued.add(new Failure(status, "Injected fault: HTTP " + status + " from the StateSet sandbox", null));
		}
	}

	public synchronized void rateLimitNext(int count, Duration retryAfter) {
		for (int i = 0; i < count; i++) {
			queued.add(new Failure(429, "Rate limit exceeded (injected by the StateSet sandbox)", retryAfter));
		}
	}

	public synchronized void delay(Duration each) {
		this.delay = each;
	}

	public synchronized void delayNext(int count, Duration each) {
		for (int i = 0; i < count; i++) {
			queuedDelays.add(each);
		}
	}

	public synchronized void failEvery(int n, int status) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1");
		}
		this.every = n;
		this.everyStatus = status;
		this.sinceEvery = 0;
	}

	public synchronized void clear() {
		queued.clear();
		queuedDelays.clear();
		delay = Duration.ZERO;
		every = 0;
		sinceEvery = 0;
	}

	public synchronized long injectedCount() {
		return injected;
	}

	/** Consumes this request's share of the plan. */
	public synchronized Decision next() {
		Duration wait = queuedDelays.isEmpty() ? delay : queuedDelays.poll();
		Failure failure = queued.poll();
		if (every > 0) {
			sinceEvery++;
			if (failure == null && sinceEvery % every == 0) {
				failure = new Failure(everyStatus, "Injected fault: every " + every + "th request fails", null);
			}
		}
		if (failure != null) {
			injected++;
		}
		return new Decision(wait, Optional.ofNullable(failure));
	}
}
