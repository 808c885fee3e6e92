/**
 * The HTTP client adapters call their upstream REST APIs with: {@link dev.mcpforge.core.upstream.UpstreamClient}
 * sends {@link dev.mcpforge.core.upstream.UpstreamRequest}s and returns
 * {@link dev.mcpforge.core.upstream.UpstreamResponse}s or throws
 * {@link dev.mcpforge.core.upstream.UpstreamException}s, with rate limits, retries and a circuit breaker
 * (Resilience4j), single-flight and a response cache for reads (Caffeine), Micrometer metrics and a
 * {@link dev.mcpforge.core.upstream.UpstreamStats} snapshot. Everything else in the package is package-private.
 * See docs/upstream.md.
 */
package dev.mcpforge.core.upstream;
