package dev.mcpforge.middleware.cache;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.middleware.internal.RequestKey;
import dev.mcpforge.middleware.internal.Requests;

/**
 * Answers repeated read-only requests from a Caffeine cache. Only tools declared
 * {@code readOnly} and resource reads are cached; the key is the tool (or URI), the arguments as
 * canonical JSON (keys sorted) and, by default, the principal. {@code isError} results and
 * exceptions are never cached. Phase {@link Phase#CACHING}, priority 10 (before
 * {@link SingleFlightInterceptor}, so concurrent misses are also folded into one call).
 */
public final class ResponseCacheInterceptor implements McpInterceptor {

	private final CacheSettings settings;

	private final Cache<RequestKey, McpResponse> cache;

	public ResponseCacheInterceptor(CacheSettings settings) {
		this.settings = java.util.Objects.requireNonNull(settings, "settings");
		this.cache = Caffeine.newBuilder()
			.expireAfterWrite(settings.ttl())
			.maximumSize(settings.maximumSize())
			.recordStats()
			.build();
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		Optional<RequestKey> key = Requests.readOnlyKey(chain.request(), settings.perPrincipal());
		if (key.isEmpty()) {
			return chain.proceed(chain.request());
		}
		McpResponse cached = cache.getIfPresent(key.get());
		if (cached != null) {
			return cached;
		}
		McpResponse response = chain.proceed(chain.request());
		if (!response.isToolError()) {
			cache.put(key.get(), response);
		}
		return response;
	}

	/** Hits, misses, evictions and size so far. */
	public CacheStats stats() {
		com.github.benmanes.caffeine.cache.stats.CacheStats stats = cache.stats();
		return new CacheStats(stats.hitCount(), stats.missCount(), stats.evictionCount(), cache.estimatedSize());
	}

	/** Drops every entry, e.g. after the data behind the tools changed. */
	public void invalidateAll() {
		cache.invalidateAll();
	}

	/** Publishes the cache's Micrometer metrics ({@code cache.gets}, {@code cache.size}, ...) tagged {@code cache=mcp.responses}. */
	public ResponseCacheInterceptor bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, cache, "mcp.responses");
		return this;
	}

	public CacheSettings settings() {
		return settings;
	}

	@Override
	public Phase phase() {
		return Phase.CACHING;
	}

	@Override
	public int priority() {
		return 10;
	}

	@Override
	public String name() {
		return "response-cache";
	}

}
