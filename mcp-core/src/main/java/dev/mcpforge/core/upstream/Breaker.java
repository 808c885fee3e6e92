package dev.mcpforge.core.upstream;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The client's Resilience4j {@link CircuitBreaker}. Only server faults ({@link UpstreamException#isServerFault()}:
 * 5xx, network errors, timeouts) are recorded as failures; local rate-limit refusals are ignored and every other
 * outcome (2xx, 4xx) counts as a success. While open, calls fail with {@link UpstreamException.Kind#CIRCUIT_OPEN}
 * without an HTTP exchange.
 */
final class Breaker {

	private final String upstream;
	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
	private final CircuitBreaker breaker;
	private volatile long openUntilNanos;

	/**
	 * @param reopenOnTrialFailure whether one server fault among the half-open trial calls reopens the breaker at
	 *                             once (the {@code circuitBreaker(failureThreshold, openFor)} semantics: all trial calls
	 *                             must succeed to close it); otherwise the config's failure rate decides
	 */
	Breaker(String upstream, CircuitBreakerConfig config, boolean reopenOnTrialFailure) {
		this.upstream = upstream;
		CircuitBreakerConfig effective = CircuitBreakerConfig.from(config)
				.recordException(e -> !(e instanceof UpstreamException u) || u.isServerFault())
				.ignoreException(e -> e instanceof UpstreamException u && u.kind() == UpstreamException.Kind.RATE_LIMITED)
				.build();
		this.breaker = registry.circuitBreaker(upstream, effective);
		breaker.getEventPublisher().onStateTransition(event -> {
			if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
				long waitMs = effective.getWaitIntervalFunctionInOpenState().apply(1);
				openUntilNanos = System.nanoTime() + waitMs * 1_000_000;
			}
		});
		if (reopenOnTrialFailure) {
			breaker.getEventPublisher().onError(event -> {
				if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
					breaker.transitionToOpenState();
				}
			});
		}
	}

	/**
	 * The config of {@code circuitBreaker(failureThreshold, openFor)}: opens when all of the last N calls failed, lets
	 * 3 trial calls through after {@code openFor} (with {@code reopenOnTrialFailure}, all 3 must succeed).
	 */
	static CircuitBreakerConfig config(int failureThreshold, Duration openFor) {
		if (failureThreshold < 1) {
			throw new IllegalArgumentException("failureThreshold must be at least 1, but was " + failureThreshold);
		}
		return CircuitBreakerConfig.custom()
				.slidingWindow(failureThreshold, failureThreshold, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
				.failureRateThreshold(100)
				.waitDurationInOpenState(openFor)
				.permittedNumberOfCallsInHalfOpenState(3)
				.build();
	}

	<T> T execute(Supplier<T> call) {
		try {
			return breaker.executeSupplier(call);
		} catch (CallNotPermittedException e) {
			throw notPermitted();
		}
	}

	private UpstreamException notPermitted() {
		if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
			return new UpstreamException(UpstreamException.Kind.CIRCUIT_OPEN, 0, "Upstream " + upstream
					+ " is recovering; circuit half-open and its trial calls are under way, try again in 1 s", null,
					Duration.ofSeconds(1), null);
		}
		Duration wait = Duration.ofNanos(Math.max(0, openUntilNanos - System.nanoTime()));
		return new UpstreamException(UpstreamException.Kind.CIRCUIT_OPEN, 0, "Upstream " + upstream
				+ " is failing; circuit open, next attempt in " + RetryAfter.format(wait), null, wait, null);
	}

	UpstreamStats.Breaker stats() {
		CircuitBreaker.Metrics m = breaker.getMetrics();
		return new UpstreamStats.Breaker(true, breaker.getState().name(), m.getFailureRate(),
				m.getNumberOfBufferedCalls(), m.getNumberOfFailedCalls(), m.getNumberOfNotPermittedCalls());
	}

	void bindTo(MeterRegistry meters) {
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
	}
}
