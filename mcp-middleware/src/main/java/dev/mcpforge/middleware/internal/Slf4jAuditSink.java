package dev.mcpforge.middleware.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mcpforge.middleware.audit.AuditEvent;
import dev.mcpforge.middleware.audit.AuditSink;

/** Logs each audit event as one {@code key=value} line on logger {@code dev.mcpforge.audit}. Not API. */
public final class Slf4jAuditSink implements AuditSink {

	public static final Slf4jAuditSink INSTANCE = new Slf4jAuditSink();

	private static final Logger log = LoggerFactory.getLogger("dev.mcpforge.audit");

	private Slf4jAuditSink() {
	}

	@Override
	public void record(AuditEvent event) {
		if (!log.isInfoEnabled()) {
			return;
		}
		StringBuilder line = new StringBuilder("mcp.audit");
		field(line, "time", event.time().toString());
		field(line, "principal", event.principal());
		field(line, "session", event.sessionId());
		field(line, "transport", event.transport());
		field(line, "method", event.method());
		field(line, "target", event.target());
		field(line, "outcome", event.outcome());
		field(line, "duration_ms", String.valueOf(event.duration().toMillis()));
		field(line, "arguments", Requests.canonicalJson(event.arguments()).orElse("?"));
		if (event.error() != null) {
			field(line, "error", event.error());
		}
		log.info(line.toString());
	}

	private static void field(StringBuilder line, String key, String value) {
		line.append(' ').append(key).append('=');
		if (value == null) {
			line.append('-');
		}
		else if (value.isEmpty() || value.chars().anyMatch(c -> c == ' ' || c == '"' || c == '=')) {
			line.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
		}
		else {
			line.append(value);
		}
	}

}
