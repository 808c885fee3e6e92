package dev.mcpforge.middleware.resilience;

import java.time.Duration;
import java.util.Map;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ToolCall;
import dev.mcpforge.middleware.internal.Requests;

/**
 * Caps the calls of each tool running at once. A call over the cap waits up to {@code maxWait}
 * for a slot, then ends as an {@code isError} result
 * {@code Too many concurrent calls of tool 'x' (limit 4); retry shortly}. Resources, prompts and
 * completions pass untouched. Phase {@link Phase#RESILIENCE}, priority 30. Built on
 * Resilience4j's semaphore {@code BulkheadRegistry}, one bulkhead per tool.
 */
public final class BulkheadInterceptor implements McpInterceptor {

	private final int maxConcurrentCalls;

	private final BulkheadRegistry registry;

	public BulkheadInterceptor(int maxConcurrentCalls, Duration maxWait) {
		if (maxConcurrentCalls < 1) {
			throw new IllegalArgumentException("maxConcurrentCalls must be at least 1, but was " + maxConcurrentCalls);
		}
		java.util.Objects.requireNonNull(maxWait, "maxWait");
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException("maxWait must be zero or positive, but was " + maxWait);
		}
		this.maxConcurrentCalls = maxConcurrentCalls;
		this.registry = BulkheadRegistry
			.of(BulkheadConfig.custom().maxConcurrentCalls(maxConcurrentCalls).maxWaitDuration(maxWait).build());
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		if (!(chain.request() instanceof ToolCall call)) {
			return chain.proceed(chain.request());
		}
		Bulkhead bulkhead = registry.bulkhead(call.target());
		if (!bulkhead.tryAcquirePermission()) {
			return Requests.refuse(call, "bulkhead", "Too many concurrent calls of tool '" + call.target() + "' (limit "
					+ maxConcurrentCalls + "); retry shortly", Map.of());
		}
		try {
			return chain.proceed(call);
		}
		finally {
			bulkhead.onComplete();
		}
	}

	public int maxConcurrentCalls() {
		return maxConcurrentCalls;
	}

	@Override
	public Phase phase() {
		return Phase.RESILIENCE;
	}

	@Override
	public int priority() {
		return 30;
	}

	@Override
	public String name() {
		return "bulkhead";
	}

}
