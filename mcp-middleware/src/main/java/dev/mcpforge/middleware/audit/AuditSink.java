package dev.mcpforge.middleware.audit;

/**
 * Where audit events go: a log (the default, {@link #slf4j()}), a queue, a database. Called on the
 * request's thread after the response is known; a sink that throws is logged and ignored.
 */
@FunctionalInterface
public interface AuditSink {

	void record(AuditEvent event);

	/** One structured line per event at INFO on the SLF4J logger {@code dev.mcpforge.audit}. */
	static AuditSink slf4j() {
		return dev.mcpforge.middleware.internal.Slf4jAuditSink.INSTANCE;
	}

}
