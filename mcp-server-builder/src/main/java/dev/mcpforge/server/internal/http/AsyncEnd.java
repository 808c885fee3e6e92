package dev.mcpforge.server.internal.http;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/** Runs an action once when an asynchronous response is over: completed, timed out or failed. */
final class AsyncEnd implements AsyncListener {

	private final AtomicBoolean ran = new AtomicBoolean();

	private final Runnable action;

	private AsyncEnd(Runnable action) {
		this.action = action;
	}

	/** Registers {@code action}; runs it at once when the response is already over. */
	static void whenOver(AsyncContext context, Runnable action) {
		AsyncEnd end = new AsyncEnd(action);
		try {
			context.addListener(end);
		}
		catch (IllegalStateException alreadyOver) {
			end.run();
		}
	}

	private void run() {
		if (ran.compareAndSet(false, true)) {
			action.run();
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		run();
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		run();
	}

	@Override
	public void onError(AsyncEvent event) {
		run();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// the endpoint never restarts a stream
	}

}
