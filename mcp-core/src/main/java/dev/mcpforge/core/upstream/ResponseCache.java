package dev.mcpforge.core.upstream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Map;

/**
 * The GET response cache: a size-bounded Caffeine cache keyed by the full URL, each entry living for its resource's
 * TTL (a variable {@link Expiry}); a resource whose TTL is zero is not cached. Writes to a resource drop its entries.
 */
final class ResponseCache {

	private record Entry(UpstreamResponse response, String resource, Duration ttl) {
	}

	private final Cache<String, Entry> cache;
	private final Duration defaultTtl;
	private final Map<String, Duration> ttls;
	private final long maxEntries;

	ResponseCache(Duration defaultTtl, Map<String, Duration> ttls, long maxEntries, Ticker ticker) {
		this.defaultTtl = defaultTtl;
		this.ttls = Map.copyOf(ttls);
		this.maxEntries = maxEntries;
		this.cache = Caffeine.newBuilder()
				.maximumSize(maxEntries)
				.expireAfter(Expiry.<String, Entry>writing((key, entry) -> entry.ttl()))
				.ticker(ticker)
				.recordStats()
				.build();
	}

	/** The cached answer as a cache hit ({@code cached()} true, {@code attempts()} 0), or {@code null}. */
	UpstreamResponse get(String key) {
		Entry e = cache.getIfPresent(key);
		return e == null ? null : e.response().fromCache();
	}

	void put(String resource, String key, UpstreamResponse response) {
		Duration ttl = ttl(resource);
		if (!ttl.isZero() && !ttl.isNegative()) {
			cache.put(key, new Entry(response, resource, ttl));
		}
	}

	Duration ttl(String resource) {
		return ttls.getOrDefault(resource, defaultTtl);
	}

	/** Drops every entry of the resource. */
	void invalidate(String resource) {
		cache.asMap().values().removeIf(e -> e.resource().equals(resource));
	}

	long clear() {
		long dropped = cache.asMap().size();
		cache.invalidateAll();
		return dropped;
	}

	UpstreamStats.Cache stats() {
		CacheStats s = cache.stats();
		return new UpstreamStats.Cache(true, cache.estimatedSize(), maxEntries, s.hitCount(), s.missCount(),
				s.evictionCount(), defaultTtl, ttls);
	}

	void bindTo(MeterRegistry meters, String upstream) {
		CaffeineCacheMetrics.monitor(meters, cache, upstream, Tags.of("upstream", upstream));
	}
}
