package dev.mcpforge.middleware.resilience;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import dev.mcpforge.core.McpException;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ResourceRead;
import dev.mcpforge.core.interceptor.ToolCall;

/**
 * Runs the rest of the chain again, with exponential backoff, when it fails ({@code isError}
 * result or exception) — but only where a retry cannot do harm: tools declared {@code readOnly}
 * or {@code idempotent} ({@code ToolHints.isSafeToRetry()}) and resource reads. Other tools,
 * prompts and completions run once. A deliberate {@code McpException} (resource not found,
 * invalid params) is not retried: it would only come again; a {@linkplain McpException#isTransient()
 * transient} one (on a client: the connection broke, the server did not answer in time) is.
 * After the last attempt, the last result (or exception) stands. Phase {@link Phase#RESILIENCE}, priority 40: inside the circuit breaker, outside the
 * timeout (each attempt gets its own).
 */
public final class RetryInterceptor implements McpInterceptor {

	private final RetrySettings settings;

	private final Retry retry;

	public RetryInterceptor(RetrySettings settings) {
		this.settings = java.util.Objects.requireNonNull(settings, "settings");
		RetryConfig config = RetryConfig.<McpResponse>custom()
			.maxAttempts(settings.maxAttempts())
			.intervalFunction(IntervalFunction.ofExponentialBackoff(settings.initialBackoff(), settings.multiplier()))
			.retryOnResult(McpResponse::isToolError)
			.retryOnException(e -> !(e instanceof McpException mcp) || mcp.isTransient())
			.build();
		this.retry = Retry.of("mcp", config);
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		McpRequest request = chain.request();
		if (!safeToRetry(request)) {
			return chain.proceed(request);
		}
		return retry.executeCallable(() -> chain.proceed(request));
	}

	static boolean safeToRetry(McpRequest request) {
		return (request instanceof ToolCall call && call.tool().hints().isSafeToRetry())
				|| request instanceof ResourceRead;
	}

	public RetrySettings settings() {
		return settings;
	}

	@Override
	public Phase phase() {
		return Phase.RESILIENCE;
	}

	@Override
	public int priority() {
		return 40;
	}

	@Override
	public String name() {
		return "retry";
	}

}
