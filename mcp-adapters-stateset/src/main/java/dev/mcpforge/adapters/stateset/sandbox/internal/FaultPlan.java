package dev.mcpforge.adapters.stateset.sandbox.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fault-injection state behind {@code Faults}: queued one-shot failures and delays, standing delays and
 * every-Nth failure rules, each limited to a {@link Scope} (a method and/or a path prefix, or everything).
 */
public final class FaultPlan {

	/** Which requests a fault applies to; null parts match anything. {@code pathPrefix} includes the base path. */
	public record Scope(String method, String pathPrefix) {

		public static final Scope ANY = new Scope(null, null);

		boolean matches(String requestMethod, String path) {
			return (method == null || method.equalsIgnoreCase(requestMethod)) && (pathPrefix == null || path.startsWith(pathPrefix));
		}

		@Override
		public String toString() {
			return (method == null ? "*" : method.toUpperCase(Locale.ROOT)) + " " + (pathPrefix == null ? "*" : pathPrefix + "*");
		}
	}

	/** A failure to answer with instead of routing; {@code retryAfter} is set for 429s. */
	public record Failure(int status, String message, Duration retryAfter) {
	}

	/** What to do with one request: wait {@code delay}, then either fail or proceed. */
	public record Decision(Duration delay, Optional<Failure> failure) {
	}

	private record Queued<T>(Scope scope, T value) {
	}

	private static final class Every {
		final int n;
		final int status;
		long seen;

		Every(int n, int status) {
			this.n = n;
			this.status = status;
		}
	}

	private final List<Queued<Failure>> queued = new ArrayList<>();
	private final List<Queued<Duration>> queuedDelays = new ArrayList<>();
	private final Map<Scope, Duration> delays = new LinkedHashMap<>();
	private final Map<Scope, Every> every = new LinkedHashMap<>();
	private long injected;

	public synchronized void failNext(Scope scope, int count, int status) {
		for (int i = 0; i < count; i++) {
			queued.add(new Queued<>(scope, new Failure(status, "Injected fault: HTTP " + status + " from the StateSet sandbox", null)));
		}
	}

	public synchronized void rateLimitNext(Scope scope, int count, Duration retryAfter) {
		for (int i = 0; i < count; i++) {
			queued.add(new Queued<>(scope, new Failure(429, "Rate limit exceeded (injected by the StateSet sandbox)", retryAfter)));
		}
	}

	public synchronized void delay(Scope scope, Duration each) {
		delays.remove(scope);
		if (!each.isZero() && !each.isNegative()) {
			delays.put(scope, each);
		}
	}

	public synchronized void delayNext(Scope scope, int count, Duration each) {
		for (int i = 0; i < count; i++) {
			queuedDelays.add(new Queued<>(scope, each));
		}
	}

	public synchronized void failEvery(Scope scope, int n, int status) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1");
		}
		every.put(scope, new Every(n, status));
	}

	public synchronized void clear() {
		queued.clear();
		queuedDelays.clear();
		delays.clear();
		every.clear();
	}

	public synchronized long injectedCount() {
		return injected;
	}

	/** Consumes this request's share of the plan. */
	public synchronized Decision next(String method, String path) {
		Duration wait = take(queuedDelays, method, path);
		if (wait == null) {
			wait = delays.entrySet().stream().filter(e -> e.getKey().matches(method, path))
					.map(Map.Entry::getValue).findFirst().orElse(Duration.ZERO);
		}
		Failure failure = take(queued, method, path);
		for (Map.Entry<Scope, Every> e : every.entrySet()) {
			if (e.getKey().matches(method, path)) {
				Every rule = e.getValue();
				rule.seen++;
				if (failure == null && rule.seen % rule.n == 0) {
					failure = new Failure(rule.status, "Injected fault: every " + rule.n + "th request (" + e.getKey() + ") fails", null);
				}
			}
		}
		if (failure != null) {
			injected++;
		}
		return new Decision(wait, Optional.ofNullable(failure));
	}

	private static <T> T take(List<Queued<T>> list, String method, String path) {
		for (Iterator<Queued<T>> it = list.iterator(); it.hasNext();) {
			Queued<T> q = it.next();
			if (q.scope().matches(method, path)) {
				it.remove();
				return q.value();
			}
		}
		return null;
	}
}
