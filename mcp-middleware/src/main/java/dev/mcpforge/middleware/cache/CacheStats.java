package dev.mcpforge.middleware.cache;

/**
 * A snapshot of a response cache's counters.
 *
 * @param hits requests answered from the cache
 * @param misses requests that went on to the handler
 * @param evictions entries removed for size or age
 * @param size entries held now (approximate)
 */
public record CacheStats(long hits, long misses, long evictions, long size) {
}
