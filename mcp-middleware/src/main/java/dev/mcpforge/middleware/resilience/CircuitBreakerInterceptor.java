package dev.mcpforge.middleware.resilience;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ToolCall;
import dev.mcpforge.middleware.internal.Requests;

/**
 * One circuit breaker per tool. After {@link CircuitBreakerSettings#failureThreshold()} failures in
 * a row (exceptions, and {@code isError} results unless turned off) the tool's circuit opens: calls
 * then end at once, without reaching the handler, as an {@code isError} result
 * {@code Circuit breaker for tool 'x' is open; retry after 29500 ms} (the wait also in
 * {@code _meta} under {@code dev.mcpforge/retryAfterMs}). After the open duration, trial calls go
 * through; success closes the circuit, failure opens it again. Calls refused by a bulkhead
 * inside it are not counted. Resources, prompts and
 * completions pass untouched. Phase {@link Phase#RESILIENCE}, priority 20: inside rate limits,
 * outside bulkheads, retries and timeouts (so one call retried three times counts once).
 *
 * <p>Built on Resilience4j's {@code CircuitBreakerRegistry} (count-based window of the
 * threshold's size, 100 % failure rate).
 */
public final class CircuitBreakerInterceptor implements McpInterceptor {

	/** The state of one tool's circuit. */
	public enum State {
		CLOSED, OPEN, HALF_OPEN, OTHER
	}

	private final CircuitBreakerSettings settings;

	private final CircuitBreakerRegistry registry;

	private final Map<String, Long> openedAt = new ConcurrentHashMap<>();

	private volatile MeterRegistry meters;

	public CircuitBreakerInterceptor(CircuitBreakerSettings settings) {
		this.settings = java.util.Objects.requireNonNull(settings, "settings");
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.failureThreshold())
			.minimumNumberOfCalls(settings.failureThreshold())
			.failureRateThreshold(100)
			.waitDurationInOpenState(settings.openDuration())
			.permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
			.build();
		this.registry = CircuitBreakerRegistry.of(config);
		registry.getEventPublisher().onEntryAdded(added -> {
			CircuitBreaker breaker = added.getAddedEntry();
			breaker.getEventPublisher().onStateTransition(event -> {
				if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
					openedAt.put(breaker.getName(), System.nanoTime());
				}
			});
			MeterRegistry bound = meters;
			if (bound != null) {
				gauge(bound, breaker);
			}
		});
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		if (!(chain.request() instanceof ToolCall call)) {
			return chain.proceed(chain.request());
		}
		CircuitBreaker breaker = registry.circuitBreaker(call.target());
		if (!breaker.tryAcquirePermission()) {
			return refuse(call, breaker);
		}
		long start = System.nanoTime();
		McpResponse response;
		try {
			response = chain.proceed(call);
		}
		catch (Throwable error) {
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, error);
			throw error;
		}
		if (Requests.refusedBy(response).filter("bulkhead"::equals).isPresent()) {
			// a full bulkhead says nothing about the tool's health
			breaker.releasePermission();
		}
		else if (settings.countToolErrors() && response.isToolError()) {
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
					new ToolErrorResult(Requests.firstText(response)));
		}
		else {
			breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
		return response;
	}

	private McpResponse refuse(ToolCall call, CircuitBreaker breaker) {
		if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
			return Requests.refuse(call, "circuit-breaker", "Circuit breaker for tool '" + call.target()
					+ "' is half-open and already trying the tool; retry shortly", Map.of(Requests.RETRY_AFTER_MS, 1L));
		}
		long opened = openedAt.getOrDefault(call.target(), System.nanoTime());
		long remaining = settings.openDuration().toNanos() - (System.nanoTime() - opened);
		long waitMs = Requests.ceilMillis(remaining);
		return Requests.refuse(call, "circuit-breaker", "Circuit breaker for tool '" + call.target() + "' is open; retry after " + waitMs
				+ " ms", Map.of(Requests.RETRY_AFTER_MS, waitMs));
	}

	/** The state of {@code tool}'s circuit; empty before its first call. */
	public Optional<State> state(String tool) {
		return registry.find(tool).map(CircuitBreakerInterceptor::state);
	}

	private static State state(CircuitBreaker breaker) {
		return switch (breaker.getState()) {
			case CLOSED -> State.CLOSED;
			case OPEN, FORCED_OPEN -> State.OPEN;
			case HALF_OPEN -> State.HALF_OPEN;
			default -> State.OTHER;
		};
	}

	/**
	 * Publishes a gauge {@code mcp.circuitbreaker.state} per tool (tag {@code tool}): 0 closed,
	 * 1 open, 2 half-open, 3 other.
	 */
	public CircuitBreakerInterceptor bindTo(MeterRegistry meterRegistry) {
		this.meters = java.util.Objects.requireNonNull(meterRegistry, "meterRegistry");
		registry.getAllCircuitBreakers().forEach(b -> gauge(meterRegistry, b));
		return this;
	}

	private static void gauge(MeterRegistry meterRegistry, CircuitBreaker breaker) {
		Gauge.builder("mcp.circuitbreaker.state", breaker, b -> state(b).ordinal())
			.description("State of the tool's circuit: 0 closed, 1 open, 2 half-open, 3 other")
			.tag("tool", breaker.getName())
			.register(meterRegistry);
	}

	public CircuitBreakerSettings settings() {
		return settings;
	}

	@Override
	public Phase phase() {
		return Phase.RESILIENCE;
	}

	@Override
	public int priority() {
		return 20;
	}

	@Override
	public String name() {
		return "circuit-breaker";
	}

	/** Stands for an {@code isError} result in the breaker's failure count. */
	static final class ToolErrorResult extends RuntimeException {

		ToolErrorResult(String message) {
			super(message, null, false, false);
		}

	}

}
