package dev.mcpforge.middleware;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import dev.mcpforge.middleware.audit.AuditInterceptor;
import dev.mcpforge.middleware.audit.AuditSink;
import dev.mcpforge.middleware.cache.CacheSettings;
import dev.mcpforge.middleware.cache.ResponseCacheInterceptor;
import dev.mcpforge.middleware.cache.SingleFlightInterceptor;
import dev.mcpforge.middleware.metrics.MetricsInterceptor;
import dev.mcpforge.middleware.resilience.BulkheadInterceptor;
import dev.mcpforge.middleware.resilience.CircuitBreakerInterceptor;
import dev.mcpforge.middleware.resilience.CircuitBreakerSettings;
import dev.mcpforge.middleware.resilience.RateLimitSettings;
import dev.mcpforge.middleware.resilience.RateLimitInterceptor;
import dev.mcpforge.middleware.resilience.RetryInterceptor;
import dev.mcpforge.middleware.resilience.RetrySettings;
import dev.mcpforge.middleware.resilience.TimeoutInterceptor;

/**
 * The built-in interceptors, ready to pass to {@code McpServerBuilder.intercept(...)}. Each
 * knows its phase and priority, so the order they are added in does not matter:
 *
 * <pre>
 * SECURITY audit(1000)
 *   -> RESILIENCE rate-limit(10) -> circuit-breaker(20) -> bulkhead(30) -> retry(40) -> timeout(50)
 *   -> CACHING response-cache(10) -> single-flight(20)
 *   -> OBSERVABILITY metrics -> handler
 * </pre>
 */
public final class Middleware {

	private Middleware() {
	}

	/** Refuses requests over the budget, naming the wait. */
	public static RateLimitInterceptor rateLimit(RateLimitSettings settings) {
		return new RateLimitInterceptor(settings);
	}

	/** One circuit breaker per tool. */
	public static CircuitBreakerInterceptor circuitBreaker(CircuitBreakerSettings settings) {
		return new CircuitBreakerInterceptor(settings);
	}

	/** At most {@code maxConcurrentCalls} calls of each tool at once; no waiting for a slot. */
	public static BulkheadInterceptor bulkhead(int maxConcurrentCalls) {
		return new BulkheadInterceptor(maxConcurrentCalls, Duration.ZERO);
	}

	/** At most {@code maxConcurrentCalls} calls of each tool at once, waiting up to {@code maxWait} for a slot. */
	public static BulkheadInterceptor bulkhead(int maxConcurrentCalls, Duration maxWait) {
		return new BulkheadInterceptor(maxConcurrentCalls, maxWait);
	}

	/** Retries failed read-only and idempotent tools and resource reads, with backoff. */
	public static RetryInterceptor retry(RetrySettings settings) {
		return new RetryInterceptor(settings);
	}

	/** Ends requests that take longer than {@code timeout}. */
	public static TimeoutInterceptor timeout(Duration timeout) {
		return new TimeoutInterceptor(timeout);
	}

	/** Caches read-only tool results and resource reads. */
	public static ResponseCacheInterceptor cache(CacheSettings settings) {
		return new ResponseCacheInterceptor(settings);
	}

	/** Folds identical concurrent read-only requests of one principal into one handler call. */
	public static SingleFlightInterceptor singleFlight() {
		return new SingleFlightInterceptor(true);
	}

	/** Times every request into {@code mcp.server.requests}. */
	public static MetricsInterceptor metrics(MeterRegistry registry) {
		return new MetricsInterceptor(registry);
	}

	/** Times every request into the timer {@code name}, e.g. {@code mcp.client.requests} on a client. */
	public static MetricsInterceptor metrics(MeterRegistry registry, String name) {
		return new MetricsInterceptor(registry, name);
	}

	/** Audit events to {@code sink}, secrets redacted. */
	public static AuditInterceptor audit(AuditSink sink) {
		return new AuditInterceptor(sink);
	}

	/** Audit events as log lines on the SLF4J logger {@code dev.mcpforge.audit}. */
	public static AuditInterceptor audit() {
		return new AuditInterceptor(AuditSink.slf4j());
	}

}
