package dev.mcpforge.core.upstream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Duration;
import java.util.Map;

/**
 * A snapshot of an {@link UpstreamClient}'s counters and settings, from {@link UpstreamClient#stats()}. Plain records,
 * so a local tool can return it (or a part of it) as its JSON result. Durations serialise as ISO-8601 strings
 * ({@code "PT30S"}) with any Jackson mapper.
 *
 * @param name            the upstream's name
 * @param baseUrl         the base URL calls are relative to
 * @param requests        calls, exchanges, retries and failures so far
 * @param cache           the response cache
 * @param circuitBreaker  the circuit breaker
 * @param rateLimits      the per-category token buckets, by category
 * @param globalRateLimit the bucket every call also draws from, or {@code null} when there is none
 * @param timeouts        the timeouts in force
 */
public record UpstreamStats(String name, String baseUrl, Requests requests, Cache cache, Breaker circuitBreaker,
		Map<String, RateLimit> rateLimits, RateLimit globalRateLimit, Timeouts timeouts) {

	/**
	 * Counts since the client was built.
	 *
	 * @param calls             calls of {@code send}, cache hits and shared reads included
	 * @param exchanges         HTTP exchanges made (each attempt of a retried call is one)
	 * @param retries           attempts after the first
	 * @param succeeded         calls that returned an answer
	 * @param failed            calls that threw an {@link UpstreamException}
	 * @param failuresByKind    those failures by {@link UpstreamException.Kind}
	 * @param singleFlightJoins reads that shared an identical call in flight instead of sending their own
	 */
	public record Requests(long calls, long exchanges, long retries, long succeeded, long failed,
			Map<UpstreamException.Kind, Long> failuresByKind, long singleFlightJoins) {
	}

	/**
	 * The GET response cache.
	 *
	 * @param enabled    whether responses are cached at all
	 * @param size       entries now (an estimate)
	 * @param maxEntries the bound on entries
	 * @param hits       reads answered from the cache
	 * @param misses     reads that had to be sent
	 * @param evictions  entries dropped for size or expiry (not invalidations by writes)
	 * @param defaultTtl the TTL of resources without their own
	 * @param ttls       the TTLs by resource
	 */
	public record Cache(boolean enabled, long size, long maxEntries, long hits, long misses, long evictions,
			@JsonSerialize(using = ToStringSerializer.class) Duration defaultTtl,
			@JsonSerialize(contentUsing = ToStringSerializer.class) Map<String, Duration> ttls) {

		static final Cache DISABLED = new Cache(false, 0, 0, 0, 0, 0, Duration.ZERO, Map.of());

		/** Hits over reads looked up, 0 before the first; serialised as {@code hitRate}. */
		@JsonProperty("hitRate")
		public double hitRate() {
			long lookups = hits + misses;
			return lookups == 0 ? 0 : (double) hits / lookups;
		}
	}

	/**
	 * The circuit breaker.
	 *
	 * @param enabled           whether there is one
	 * @param state             CLOSED, OPEN or HALF_OPEN (Resilience4j's state names)
	 * @param failureRate       the percentage of server faults in the window, -1 until the window has enough calls
	 * @param bufferedCalls     calls in the window
	 * @param failedCalls       server faults in the window
	 * @param notPermittedCalls calls refused while open
	 */
	public record Breaker(boolean enabled, String state, float failureRate, int bufferedCalls, int failedCalls,
			long notPermittedCalls) {

		static final Breaker DISABLED = new Breaker(false, "DISABLED", -1, 0, 0, 0);
	}

	/**
	 * One token bucket.
	 *
	 * @param permits          calls allowed per period, on average
	 * @param period           the period
	 * @param burst            calls allowed at once
	 * @param availablePermits permits left now
	 * @param waitingThreads   callers waiting for a permit now
	 */
	public record RateLimit(int permits, @JsonSerialize(using = ToStringSerializer.class) Duration period, int burst,
			int availablePermits, int waitingThreads) {
	}

	/**
	 * The timeouts.
	 *
	 * @param defaultTimeout the timeout of categories without their own
	 * @param byCategory     the timeouts by category
	 */
	public record Timeouts(@JsonSerialize(using = ToStringSerializer.class) Duration defaultTimeout,
			@JsonSerialize(contentUsing = ToStringSerializer.class) Map<String, Duration> byCategory) {
	}
}
