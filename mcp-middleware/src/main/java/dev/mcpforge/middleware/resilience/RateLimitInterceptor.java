package dev.mcpforge.middleware.resilience;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.middleware.internal.Requests;

/**
 * Refuses requests over a {@link RateLimitSettings budget} without calling the handler ({@code initialize}
 * and lists pass uncounted). A refused
 * tool call ends as an {@code isError} result such as
 * {@code Rate limit exceeded for tool 'search' (principal 'alice'): retry in 850 ms}, with the
 * wait also in {@code _meta} under {@code dev.mcpforge/retryAfterMs}; other requests end as a
 * JSON-RPC error with the same message. Phase {@link Phase#RESILIENCE}, priority 10, so it
 * refuses before breakers, retries and caches do any work.
 *
 * <p>Built on Resilience4j's {@code AtomicRateLimiter}, one per key; idle keys are forgotten after
 * two periods (a forgotten key's budget would have refilled anyway).
 */
public final class RateLimitInterceptor implements McpInterceptor {

	private final RateLimitSettings settings;

	private final RateLimiterConfig config;

	private final Cache<String, AtomicRateLimiter> limiters;

	public RateLimitInterceptor(RateLimitSettings settings) {
		this.settings = java.util.Objects.requireNonNull(settings, "settings");
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(settings.permits())
			.limitRefreshPeriod(settings.period())
			.timeoutDuration(Duration.ZERO)
			.build();
		this.limiters = Caffeine.newBuilder()
			.expireAfterAccess(settings.period().multipliedBy(2))
			.maximumSize(100_000)
			.build();
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		McpRequest request = chain.request();
		if (Requests.isProtocol(request)) {
			return chain.proceed(request);
		}
		String principal = Requests.principal(request);
		String key = switch (settings.key()) {
			case PRINCIPAL -> "principal:" + principal;
			case TOOL -> request.method() + ":" + request.target();
			case PRINCIPAL_AND_TOOL -> "principal:" + principal + "|" + request.method() + ":" + request.target();
		};
		AtomicRateLimiter limiter = limiters.get(key, k -> new AtomicRateLimiter(k, config));
		if (limiter.acquirePermission()) {
			return chain.proceed(request);
		}
		long waitMs = Requests.ceilMillis(limiter.getDetailedMetrics().getNanosToWait());
		return Requests.refuse(request, "rate-limit", "Rate limit exceeded for " + Requests.describe(request) + " (principal '"
				+ principal + "'): retry in " + waitMs + " ms", Map.of(Requests.RETRY_AFTER_MS, waitMs));
	}

	public RateLimitSettings settings() {
		return settings;
	}

	@Override
	public Phase phase() {
		return Phase.RESILIENCE;
	}

	@Override
	public int priority() {
		return 10;
	}

	@Override
	public String name() {
		return "rate-limit";
	}

}
