package dev.mcpforge.server.internal.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.mcpforge.server.internal.CancellationRegistry;
import dev.mcpforge.server.internal.CancellationSignal;

/**
 * In-flight JSON-RPC requests of all HTTP sessions: one {@link CancellationRegistry} per
 * {@code Mcp-Session-Id}, created on the first request and dropped when the session has
 * nothing in flight any more, so finished sessions leave nothing behind. Thread-safe:
 * every change to a session's registry happens inside {@code compute} on its key.
 */
public final class SessionCancellations {

	private final Map<String, CancellationRegistry> sessions = new ConcurrentHashMap<>();

	/** Registers request {@code requestId} of {@code sessionId} and returns its signal. */
	public CancellationSignal register(String sessionId, Object requestId) {
		CancellationSignal[] signal = new CancellationSignal[1];
		sessions.compute(sessionId, (k, registry) -> {
			CancellationRegistry r = registry != null ? registry : new CancellationRegistry();
			signal[0] = r.register(requestId);
			return r;
		});
		return signal[0];
	}

	/** Cancels request {@code requestId} of {@code sessionId}, if it is still in flight. */
	public void cancel(String sessionId, Object requestId, String reason) {
		CancellationRegistry registry = sessions.get(sessionId);
		if (registry == null) {
			return;
		}
		// outside compute: cancelling runs the handler's listeners, which must not run under a map lock
		registry.cancel(requestId, reason);
		dropIfEmpty(sessionId);
	}

	/** Forgets request {@code requestId} of {@code sessionId}: its response is done. */
	public void complete(String sessionId, Object requestId) {
		sessions.computeIfPresent(sessionId, (k, registry) -> {
			registry.complete(requestId);
			return registry.size() == 0 ? null : registry;
		});
	}

	private void dropIfEmpty(String sessionId) {
		sessions.computeIfPresent(sessionId, (k, registry) -> registry.size() == 0 ? null : registry);
	}

	/** Cancels everything in flight in every session, e.g. on shutdown. */
	public void cancelAll(String reason) {
		for (String id : sessions.keySet()) {
			CancellationRegistry registry = sessions.remove(id);
			if (registry != null) {
				registry.cancelAll(reason);
			}
		}
	}

	/** Number of requests in flight over all sessions. */
	public int inFlight() {
		return sessions.values().stream().mapToInt(CancellationRegistry::size).sum();
	}

	/** Number of sessions with at least one request in flight. */
	public int sessionsInFlight() {
		return sessions.size();
	}

}
