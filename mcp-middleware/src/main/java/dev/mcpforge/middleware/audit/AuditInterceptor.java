package dev.mcpforge.middleware.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mcpforge.core.McpException;
import dev.mcpforge.core.interceptor.Completion;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.PromptGet;
import dev.mcpforge.core.interceptor.ToolCall;
import dev.mcpforge.middleware.internal.Requests;

/**
 * Emits one {@link AuditEvent} per request to an {@link AuditSink}, with secrets redacted by
 * {@link Redactor}. It sits at the end of {@link Phase#SECURITY} (priority 1000): after
 * authentication, so the event names the verified principal, and before rate limits, breakers
 * and caches, so refused and cached requests are audited too. Requests refused by
 * authentication or policy are that interceptor's to report.
 */
public final class AuditInterceptor implements McpInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

	private final AuditSink sink;

	public AuditInterceptor(AuditSink sink) {
		this.sink = java.util.Objects.requireNonNull(sink, "sink");
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		McpRequest request = chain.request();
		Instant time = Instant.now();
		long start = System.nanoTime();
		String outcome = "error";
		String error = null;
		try {
			McpResponse response = chain.proceed(request);
			if (response.isToolError()) {
				outcome = "tool_error";
				error = Requests.firstText(response);
			}
			else {
				outcome = "success";
			}
			return response;
		}
		catch (McpException e) {
			outcome = request instanceof ToolCall ? "tool_error" : "error";
			error = e.getMessage();
			throw e;
		}
		catch (Exception | Error e) {
			error = e.getClass().getName();
			throw e;
		}
		finally {
			emit(new AuditEvent(time, Requests.principal(request), request.context().sessionId(),
					request.context().transport(), request.method(), request.target(), Redactor.arguments(arguments(request)),
					Redactor.headers(request.context().headers()), outcome, Duration.ofNanos(System.nanoTime() - start),
					error));
		}
	}

	private void emit(AuditEvent event) {
		try {
			sink.record(event);
		}
		catch (RuntimeException e) {
			log.warn("Audit sink {} failed: {}", sink.getClass().getName(), e.toString());
		}
	}

	private static Map<String, ?> arguments(McpRequest request) {
		if (request instanceof ToolCall call) {
			return call.arguments();
		}
		if (request instanceof PromptGet get) {
			return get.arguments();
		}
		if (request instanceof Completion completion) {
			Map<String, Object> values = new java.util.LinkedHashMap<>();
			values.put("argument", completion.argument());
			values.put("prefix", completion.prefix());
			return values;
		}
		return Map.of();
	}

	@Override
	public Phase phase() {
		return Phase.SECURITY;
	}

	@Override
	public int priority() {
		return 1000;
	}

	@Override
	public String name() {
		return "audit";
	}

}
