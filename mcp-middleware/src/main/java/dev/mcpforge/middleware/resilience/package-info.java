/**
 * Rate limits, circuit breakers, bulkheads, retries and timeouts, in {@link dev.mcpforge.core.interceptor.Phase#RESILIENCE}. Built on Resilience4j, whose types stay out of the API.
 */
package dev.mcpforge.middleware.resilience;
