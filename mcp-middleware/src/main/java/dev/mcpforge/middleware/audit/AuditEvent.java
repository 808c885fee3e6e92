package dev.mcpforge.middleware.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One handled MCP request, for an audit trail. Secrets are already redacted: sensitive headers
 * ({@code authorization}, {@code x-api-key}, cookies) and argument fields named like
 * password, secret, token or apiKey read {@value Redactor#REDACTED}.
 *
 * @param time when the request arrived
 * @param principal the caller's name, or {@code anonymous}
 * @param sessionId the MCP session, or {@code null}
 * @param transport {@code http}, {@code stdio}, {@code in-memory}, ...
 * @param method the JSON-RPC method, e.g. {@code tools/call}
 * @param target the tool, prompt, resource URI or completion reference
 * @param arguments the arguments as sent, redacted
 * @param headers the HTTP headers, redacted; empty for other transports
 * @param outcome {@code success}, {@code tool_error} or {@code error}
 * @param duration how long the rest of the chain and the handler took
 * @param error for a failure, the message the client saw (or the exception type); else {@code null}
 */
public record AuditEvent(Instant time, String principal, String sessionId, String transport, String method,
		String target, Map<String, Object> arguments, Map<String, List<String>> headers, String outcome,
		Duration duration, String error) {

	public AuditEvent {
		arguments = arguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
		headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
	}

	public boolean isSuccess() {
		return "success".equals(outcome);
	}

}
