package dev.mcpforge.middleware.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.mcpforge.core.ToolException;
import dev.mcpforge.core.interceptor.Initialize;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ResourceRead;
import dev.mcpforge.core.interceptor.ToolCall;

/**
 * Times every request into a Micrometer timer ({@code mcp.server.requests} unless named), tagged
 * {@code method} ({@code tools/call}, ...), {@code target} (tool or prompt name; for a resource
 * read through a template, the template, so URIs do not explode the tag's values) and
 * {@code outcome}: {@code success}, {@code tool_error} (an {@code isError} result or a
 * {@code ToolException}) or {@code error}. {@code initialize} and the lists are timed too
 * ({@code target} "none" and "tools", "resources", ...). Phase {@link Phase#OBSERVABILITY}: it
 * times the handler's work; calls refused by rate limits or breakers, or answered from a cache,
 * never reach it.
 *
 * <p>The gauge {@code mcp.server.sessions.active} counts the sessions open now: one more when an
 * {@code initialize} passes, one fewer when that session ends (closed by either side, or expired).
 */
public final class MetricsInterceptor implements McpInterceptor {

	/** Name of the timer by default. */
	public static final String TIMER = "mcp.server.requests";

	/** Name of the gauge of open sessions. */
	public static final String SESSIONS = "mcp.server.sessions.active";

	private final MeterRegistry registry;

	private final String timer;
	private final Set<String> sessions = ConcurrentHashMap.newKeySet();

	public MetricsInterceptor(MeterRegistry registry) {
		this(registry, TIMER);
	}

	/** @param timer the timer's name, e.g. {@code mcp.client.requests} on a client */
	public MetricsInterceptor(MeterRegistry registry, String timer) {
		this.registry = java.util.Objects.requireNonNull(registry, "registry");
		this.timer = java.util.Objects.requireNonNull(timer, "timer");
		Gauge.builder(SESSIONS, sessions, Set::size)
			.description("MCP sessions open now")
			.register(registry);
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		McpRequest request = chain.request();
		long start = System.nanoTime();
		String outcome = "error";
		try {
			McpResponse response = chain.proceed(request);
			outcome = response.isToolError() ? "tool_error" : "success";
			if (request instanceof Initialize && request.context().sessionId() != null) {
				sessions.add(request.context().sessionId());
			}
			return response;
		}
		catch (ToolException e) {
			outcome = request instanceof ToolCall ? "tool_error" : "error";
			throw e;
		}
		finally {
			Timer.builder(timer)
				.description("MCP requests handled, by method, target and outcome")
				.tag("method", request.method())
				.tag("target", target(request))
				.tag("outcome", outcome)
				.register(registry)
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	@Override
	public void sessionClosed(String sessionId) {
		sessions.remove(sessionId);
	}

	private static String target(McpRequest request) {
		if (request instanceof Initialize) {
			return "none";
		}
		if (request instanceof ResourceRead read && read.uriTemplate() != null) {
			return read.uriTemplate();
		}
		return request.target();
	}

	public MeterRegistry registry() {
		return registry;
	}

	@Override
	public Phase phase() {
		return Phase.OBSERVABILITY;
	}

	@Override
	public String name() {
		return "metrics";
	}

}
