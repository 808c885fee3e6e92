package dev.mcpforge.server.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Cancellation state of one request. A transport creates one per incoming request and
 * cancels it when the client sends {@code notifications/cancelled} for that request, or
 * when the connection goes away. Thread-safe; cancelling twice keeps the first reason.
 */
public final class CancellationSignal {

	/** A signal that is never cancelled, for transports that cannot tell. */
	public static final CancellationSignal NEVER = new CancellationSignal();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private volatile String reason;

	public boolean isCancelled() {
		return reason != null;
	}

	/** Why the request was cancelled, or {@code null} while it is not. */
	public String reason() {
		return reason;
	}

	public void cancel(String why) {
		if (this == NEVER) {
			return;
		}
		synchronized (this) {
			if (reason != null) {
				return;
			}
			reason = why == null || why.isBlank() ? "cancelled by client" : why;
		}
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	/** Runs {@code listener} once on cancellation, at once if already cancelled. */
	public void onCancel(Runnable listener) {
		if (this == NEVER) {
			return;
		}
		listeners.add(listener);
		if (isCancelled() && listeners.remove(listener)) {
			listener.run();
		}
	}

}
