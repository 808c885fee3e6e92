package dev.mcpforge.middleware.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.middleware.internal.Requests;

/**
 * Gives each request ({@code initialize} and lists excepted) at most {@code timeout}: the rest of the chain runs on a worker thread
 * ({@code mcpforge-timeout-N}, daemon), and when time is up that thread is interrupted and the
 * caller gets {@code Tool 'x' timed out after 2000 ms} (an {@code isError} result; a JSON-RPC
 * error for other requests). Phase {@link Phase#RESILIENCE}, priority 50, innermost of the
 * resilience interceptors, so a retry gives each attempt its own timeout.
 */
public final class TimeoutInterceptor implements McpInterceptor {

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(daemon());

	private final Duration timeout;

	private final TimeLimiter limiter;

	public TimeoutInterceptor(Duration timeout) {
		java.util.Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, but was " + timeout);
		}
		this.timeout = timeout;
		this.limiter = TimeLimiter
			.of(TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build());
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		McpRequest request = chain.request();
		if (Requests.isProtocol(request)) {
			return chain.proceed(request);
		}
		try {
			return limiter.executeFutureSupplier(() -> WORKERS.submit(() -> chain.proceed(request)));
		}
		catch (TimeoutException e) {
			return Requests.refuse(request, "timeout", capitalised(Requests.describe(request)) + " timed out after "
					+ timeout.toMillis() + " ms", Map.of());
		}
	}

	private static String capitalised(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static ThreadFactory daemon() {
		return runnable -> {
			Thread thread = new Thread(runnable, "mcpforge-timeout-" + THREADS.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	public Duration timeout() {
		return timeout;
	}

	@Override
	public Phase phase() {
		return Phase.RESILIENCE;
	}

	@Override
	public int priority() {
		return 50;
	}

	@Override
	public String name() {
		return "timeout";
	}

}
