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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The GET response cache: a size-bounded Caffeine cache keyed by the full URL, each entry living for its resource's
 * TTL (a variable {@link Expiry}); a resource whose TTL is zero is not cached. Writes to a resource drop its entries.
 */
final class ResponseCache {

	private record Entry(UpstreamResponse response, String resource, Duration ttl) {
	}

	private final Cache<String, Entry> cache;
	/** Bumped by every write to a resource, so a read that started before the write does not cache what it got. */
	private final ConcurrentMap<String, AtomicLong> generations = new ConcurrentHashMap<>();
	private final Duration defaultTtl;
	private final Map<String, Duration> ttls;
	private final long maxEntries;

	ResponseCache(Duration defaultTtl, Map<String, Duration> ttls, long maxEntries, Ticker ticker) {
		this.defaultTtl = defaultTtl;
		this.ttls = Collections.unmodifiableMap(new LinkedHashMap<>(ttls));
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

	/** The resource's write count, to pass to {@link #put} for a read starting now. */
	long generation(String resource) {
		return generations.computeIfAbsent(resource, r -> new AtomicLong()).get();
	}

	/** Caches a read's answer, unless its resource's TTL is zero or a write to it happened since the read began. */
	void put(String resource, long generation, String key, UpstreamResponse response) {
		Duration ttl = ttl(resource);
		if (ttl.isZero() || ttl.isNegative() || generation(resource) != generation) {
			return;
		}
		Entry entry = new Entry(response, resource, ttl);
		cache.put(key, entry);
		if (generation(resource) != generation) {
			cache.asMap().remove(key, entry); // a write slipped in between
		}
	}

	Duration ttl(String resource) {
		return ttls.getOrDefault(resource, defaultTtl);
	}

	/** Drops every entry of the resource. */
	void invalidate(String resource) {
		generations.computeIfAbsent(resource, r -> new AtomicLong()).incrementAndGet();
		cache.asMap().values().removeIf(e -> e.resource().equals(resource));
	}

	long clear() {
		long dropped = cache.asMap().size();
		cache.invalidateAll();
		return dropped;
	}

	UpstreamStats.Cache stats() {
		cache.cleanUp(); // settle pending evictions so size and evictions agree
		CacheStats s = cache.stats();
		return new UpstreamStats.Cache(true, cache.estimatedSize(), maxEntries, s.hitCount(), s.missCount(),
				s.evictionCount(), defaultTtl, ttls);
	}

	void bindTo(MeterRegistry meters, String upstream) {
		CaffeineCacheMetrics.monitor(meters, cache, upstream, Tags.of("upstream", upstream));
	}
}
