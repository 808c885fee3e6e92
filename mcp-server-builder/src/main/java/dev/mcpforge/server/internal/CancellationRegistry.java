package dev.mcpforge.server.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-flight requests of one session, by JSON-RPC id, so that a
 * {@code notifications/cancelled} can reach the handler of the request it names.
 */
public final class CancellationRegistry {

	/** The JSON-RPC method of a client's cancellation; the SDK registers no handler for it. */
	public static final String CANCELLED_NOTIFICATION = "notifications/cancelled";

	private final Map<Object, CancellationSignal> inFlight = new ConcurrentHashMap<>();

	/** Registers a request and returns its signal. */
	public CancellationSignal register(Object requestId) {
		CancellationSignal signal = new CancellationSignal();
		inFlight.put(key(requestId), signal);
		return signal;
	}

	/** Cancels the request with this id, if it is still in flight. */
	public void cancel(Object requestId, String reason) {
		CancellationSignal signal = inFlight.remove(key(requestId));
		if (signal != null) {
			signal.cancel(reason);
		}
	}

	/**
	 * Applies the params of a {@code notifications/cancelled} ({@code {requestId, reason}}).
	 * @return false when they name no request
	 */
	public boolean cancel(Object notificationParams) {
		if (notificationParams instanceof Map<?, ?> params && params.get("requestId") != null) {
			Object reason = params.get("reason");
			cancel(params.get("requestId"), reason instanceof String text ? text : null);
			return true;
		}
		return false;
	}

	/** Forgets a request that has been answered. */
	public void complete(Object requestId) {
		inFlight.remove(key(requestId));
	}

	/** Cancels everything in flight, e.g. when the connection closes. */
	public void cancelAll(String reason) {
		inFlight.values().forEach(signal -> signal.cancel(reason));
		inFlight.clear();
	}

	public int size() {
		return inFlight.size();
	}

	// JSON-RPC ids may arrive as Integer, Long or String; normalise numbers so 7 and 7L match.
	private static Object key(Object requestId) {
		return requestId instanceof Number n ? Long.valueOf(n.longValue()) : String.valueOf(requestId);
	}

}
