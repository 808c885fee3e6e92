package dev.mcpforge.core.interceptor;

/**
 * Where an interceptor sits in the chain. Phases run in declaration order, outermost first:
 * a request meets every {@code SECURITY} interceptor before any {@code VALIDATION} one, and the
 * handler last. Within a phase, lower {@link McpInterceptor#priority()} runs first; equal
 * priorities keep registration order.
 */
public enum Phase {

	/** Authentication and authorization: who calls, and may they. */
	SECURITY,

	/** Argument binding and validation; interceptors after it see bound arguments. */
	VALIDATION,

	/** Rate limits, timeouts, retries, circuit breakers, bulkheads. */
	RESILIENCE,

	/** Response caches and de-duplication of identical calls. */
	CACHING,

	/** Metrics, logging, audit: closest to the handler, so they time the work itself. */
	OBSERVABILITY

}
