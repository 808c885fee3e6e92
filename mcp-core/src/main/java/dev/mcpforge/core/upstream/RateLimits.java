package dev.mcpforge.core.upstream;

import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client-side token buckets: one Resilience4j {@link RateLimiter} per configured category plus an optional global
 * one. A bucket of {@code permits} per {@code period} with {@code burst} maps to {@code limitForPeriod = burst} and
 * {@code limitRefreshPeriod = period * burst / permits}: at most {@code burst} calls at once, {@code permits} per
 * {@code period} on average.
 */
final class RateLimits {

	static final String GLOBAL = "global";

	/** One configured bucket. */
	record Spec(int permits, Duration period, int burst) {

		Spec {
			if (permits < 1 || burst < 1) {
				throw new IllegalArgumentException(
						"permits and burst must be at least 1, but were " + permits + " and " + burst);
			}
			if (period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("period must be positive, but was " + period);
			}
		}

		Duration refreshPeriod() {
			return Duration.ofNanos(Math.max(1, period.toNanos() / permits * burst));
		}
	}

	private final String upstream;
	private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
	private final Map<String, Spec> specs;
	private final Map<String, RateLimiter> limiters = new LinkedHashMap<>();
	private final RateLimiter global;
	private final Spec globalSpec;

	RateLimits(String upstream, Map<String, Spec> specs, Spec global, Duration wait) {
		this.upstream = upstream;
		this.specs = Map.copyOf(specs);
		specs.forEach((category, spec) -> limiters.put(category, limiter(upstream + ":" + category, spec, wait)));
		this.global = global == null ? null : limiter(upstream + ":" + GLOBAL, global, wait);
		this.globalSpec = global;
	}

	private RateLimiter limiter(String name, Spec spec, Duration wait) {
		return registry.rateLimiter(name, RateLimiterConfig.custom()
				.limitForPeriod(spec.burst())
				.limitRefreshPeriod(spec.refreshPeriod())
				.timeoutDuration(wait)
				.build());
	}

	/**
	 * Takes a permit from the category's bucket, then from the global one, waiting at most the configured wait.
	 *
	 * @throws UpstreamException {@link UpstreamException.Kind#RATE_LIMITED}, naming the bucket and when a permit is
	 *         expected
	 */
	void acquire(String category) {
		RateLimiter limiter = limiters.get(category);
		if (limiter != null && !limiter.acquirePermission()) {
			throw refused("'" + category + "' calls", limiter, specs.get(category));
		}
		if (global != null && !global.acquirePermission()) {
			throw refused("all calls", global, globalSpec);
		}
	}

	private UpstreamException refused(String what, RateLimiter limiter, Spec spec) {
		Duration retryAfter = Duration.ofNanos(Math.max(0, nanosToWait(limiter)));
		return new UpstreamException(UpstreamException.Kind.RATE_LIMITED, 0,
				"Upstream " + upstream + " rate limit for " + what + " reached (" + spec.permits() + " per "
						+ RetryAfter.format(spec.period()) + ", burst " + spec.burst() + "); next permit in "
						+ RetryAfter.format(retryAfter),
				null, retryAfter, null);
	}

	private static long nanosToWait(RateLimiter limiter) {
		return limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
				: limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
	}

	Map<String, UpstreamStats.RateLimit> status() {
		Map<String, UpstreamStats.RateLimit> out = new LinkedHashMap<>();
		limiters.forEach((category, limiter) -> out.put(category, status(specs.get(category), limiter)));
		return out;
	}

	UpstreamStats.RateLimit globalStatus() {
		return global == null ? null : status(globalSpec, global);
	}

	private static UpstreamStats.RateLimit status(Spec spec, RateLimiter limiter) {
		RateLimiter.Metrics m = limiter.getMetrics();
		return new UpstreamStats.RateLimit(spec.permits(), spec.period(), spec.burst(),
				Math.max(0, m.getAvailablePermissions()), m.getNumberOfWaitingThreads());
	}

	void bindTo(MeterRegistry meters) {
		TaggedRateLimiterMetrics.ofRateLimiterRegistry(registry).bindTo(meters);
	}
}
