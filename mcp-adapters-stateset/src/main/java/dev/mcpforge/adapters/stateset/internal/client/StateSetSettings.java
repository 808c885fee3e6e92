package dev.mcpforge.adapters.stateset.internal.client;

import dev.mcpforge.core.upstream.UpstreamClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The adapter's configuration, with the upstream StateSet server's defaults and environment variable names.
 *
 * @param baseUrl          {@code STATESET_BASE_URL}
 * @param apiKey           {@code STATESET_API_KEY}, sent as a bearer token; never logged
 * @param timeout          {@code API_TIMEOUT_MS}: reads and deletes get it, writes ×1.5, searches ×2, batches ×5
 * @param retryAttempts    {@code RETRY_ATTEMPTS}, calls in all (1 = no retry)
 * @param retryDelay       {@code RETRY_DELAY} (ms), the first backoff; it doubles per attempt
 * @param cacheEnabled     {@code CACHE_ENABLED}
 * @param cacheTtl         {@code CACHE_TTL} (s), for entities without their own TTL; reports and analytics are views
 *                         over everything and are never cached
 * @param cacheMaxSize     {@code CACHE_MAX_SIZE}
 * @param breakerEnabled   {@code CIRCUIT_BREAKER_ENABLED}
 * @param breakerThreshold {@code CIRCUIT_BREAKER_THRESHOLD}: server faults that open it
 * @param breakerReset     {@code CIRCUIT_BREAKER_RESET_TIMEOUT} (ms) it stays open
 * @param rateLimits       {@code RATE_LIMITS_ENABLED}: the per-category token buckets of the upstream server
 * @param requestsPerHour  {@code REQUESTS_PER_HOUR}: the global bucket every request also draws from (bursts of up
 *                         to a tenth of it, at most 100)
 * @param importDirectory  {@code STATESET_IMPORT_DIR}, where csv import may read files; null = inline CSV only
 * @param batchConcurrency how many calls a parallel batch runs at once
 */
public record StateSetSettings(String baseUrl, String apiKey, Duration timeout, int retryAttempts, Duration retryDelay,
		boolean cacheEnabled, Duration cacheTtl, long cacheMaxSize, boolean breakerEnabled, int breakerThreshold,
		Duration breakerReset, boolean rateLimits, int requestsPerHour, Path importDirectory, int batchConcurrency) {

	public static final String DEFAULT_BASE_URL = "https://api.stateset.io/v1";

	/** How long a call waits for a rate-limit permit before it fails with the time to retry. */
	static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(10);

	/** The upstream server's per-entity TTLs; reports and analytics are views over many entities, kept briefly. */
	static final Map<String, Duration> ENTITY_TTLS = Map.of("orders", Duration.ofSeconds(120), "rmas",
			Duration.ofSeconds(120), "warranties", Duration.ofSeconds(120), "shipments", Duration.ofSeconds(60),
			"reports", Duration.ZERO, "analytics", Duration.ZERO, "health", Duration.ZERO);

	/** Writes that change other entity families too (StateSet's cascades), so their cached reads go as well. */
	static final Map<String, java.util.List<String>> CASCADES = Map.of(
			"orders", java.util.List.of("shipments"),
			"shipments", java.util.List.of("orders"),
			"rmas", java.util.List.of("orders", "inventory"),
			"payments", java.util.List.of("rmas", "orders"),
			"checkout", java.util.List.of("carts", "orders"),
			"products", java.util.List.of("inventory"),
			"purchase-orders", java.util.List.of("inventory"),
			"asns", java.util.List.of("purchase-orders", "inventory"));

	public static StateSetSettings defaults() {
		return new StateSetSettings(DEFAULT_BASE_URL, null, Duration.ofSeconds(10), 3, Duration.ofSeconds(1), true,
				Duration.ofSeconds(300), 1000, true, 5, Duration.ofSeconds(30), true, 1000, null, 4);
	}

	public static StateSetSettings fromEnvironment(Map<String, String> env) {
		Env e = new Env(env);
		StateSetSettings d = defaults();
		String importDir = e.string("STATESET_IMPORT_DIR", null);
		return new StateSetSettings(e.string("STATESET_BASE_URL", d.baseUrl()), e.string("STATESET_API_KEY", null),
				Duration.ofMillis(e.number("API_TIMEOUT_MS", d.timeout().toMillis())),
				(int) e.number("RETRY_ATTEMPTS", d.retryAttempts()),
				Duration.ofMillis(e.number("RETRY_DELAY", d.retryDelay().toMillis())),
				e.flag("CACHE_ENABLED", d.cacheEnabled()), Duration.ofSeconds(e.number("CACHE_TTL", 300)),
				e.number("CACHE_MAX_SIZE", d.cacheMaxSize()), e.flag("CIRCUIT_BREAKER_ENABLED", d.breakerEnabled()),
				(int) e.number("CIRCUIT_BREAKER_THRESHOLD", d.breakerThreshold()),
				Duration.ofMillis(e.number("CIRCUIT_BREAKER_RESET_TIMEOUT", d.breakerReset().toMillis())),
				e.flag("RATE_LIMITS_ENABLED", d.rateLimits()), (int) e.number("REQUESTS_PER_HOUR", d.requestsPerHour()),
				importDir == null ? null : Path.of(importDir).toAbsolutePath().normalize(), d.batchConcurrency());
	}

	public StateSetSettings withBaseUrl(String url) {
		return new StateSetSettings(url, apiKey, timeout, retryAttempts, retryDelay, cacheEnabled, cacheTtl,
				cacheMaxSize, breakerEnabled, breakerThreshold, breakerReset, rateLimits, requestsPerHour, importDirectory,
				batchConcurrency);
	}

	public StateSetSettings withApiKey(String key) {
		return new StateSetSettings(baseUrl, key, timeout, retryAttempts, retryDelay, cacheEnabled, cacheTtl,
				cacheMaxSize, breakerEnabled, breakerThreshold, breakerReset, rateLimits, requestsPerHour, importDirectory,
				batchConcurrency);
	}

	public StateSetSettings withImportDirectory(Path directory) {
		return new StateSetSettings(baseUrl, apiKey, timeout, retryAttempts, retryDelay, cacheEnabled, cacheTtl,
				cacheMaxSize, breakerEnabled, breakerThreshold, breakerReset, rateLimits, requestsPerHour, directory,
				batchConcurrency);
	}

	/** The upstream client with StateSet's settings, then the caller's changes. */
	public UpstreamClient upstream(Consumer<UpstreamClient.Builder> changes) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new IllegalStateException("StateSet needs an API key: set STATESET_API_KEY or call apiKey(...)");
		}
		UpstreamClient.Builder b = UpstreamClient.builder().name("stateset").baseUrl(baseUrl).bearerToken(apiKey)
				.timeout(timeout)
				.timeout("create", scaled(1.5)).timeout("update", scaled(1.5)).timeout("admin", scaled(1.5))
				.timeout("search", scaled(2)).timeout("batch", scaled(5));
		if (rateLimits) {
			Duration minute = Duration.ofMinutes(1);
			b.rateLimit("read", 120, minute, 20).rateLimit("create", 30, minute, 5).rateLimit("update", 60, minute, 10)
					.rateLimit("delete", 20, minute, 3).rateLimit("admin", 30, minute, 5)
					// searches and batches fan out into many requests; these buckets count those requests
					.rateLimit("search", 120, minute, 20).rateLimit("batch", 120, minute, 20)
					.globalRateLimit(requestsPerHour, Duration.ofHours(1), Math.max(1, Math.min(100, requestsPerHour / 10)))
					.rateLimitWait(RATE_LIMIT_WAIT);
		}
		if (retryAttempts > 1) {
			b.retry(retryAttempts, retryDelay);
		} else {
			b.noRetry();
		}
		if (breakerEnabled) {
			b.circuitBreaker(breakerThreshold, breakerReset);
		} else {
			b.noCircuitBreaker();
		}
		if (cacheEnabled) {
			b.cache(cacheTtl, cacheMaxSize);
			ENTITY_TTLS.forEach(b::cacheTtl);
			CASCADES.forEach((resource, dependents) -> b.cacheDependency(resource, dependents.toArray(String[]::new)));
		}
		changes.accept(b);
		return b.build();
	}

	@Override
	public String toString() {
		return "StateSetSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "****") + "]";
	}

	private Duration scaled(double factor) {
		return Duration.ofMillis((long) (timeout.toMillis() * factor));
	}

	/** Typed reads of environment variables, with the variable named in the error. */
	private record Env(Map<String, String> env) {

		String string(String name, String fallback) {
			String v = env.get(name);
			return v == null || v.isBlank() ? fallback : v.trim();
		}

		long number(String name, long fallback) {
			String v = string(name, null);
			if (v == null) {
				return fallback;
			}
			try {
				return Long.parseLong(v);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
			}
		}

		boolean flag(String name, boolean fallback) {
			String v = string(name, null);
			return v == null ? fallback : Boolean.parseBoolean(v);
		}
	}
}
