package dev.mcpforge.core.upstream;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Identical concurrent reads share one exchange: the first caller of a key runs it, callers arriving while it is in
 * flight wait for its outcome instead of sending their own.
 */
final class SingleFlight {

	private final ConcurrentMap<String, CompletableFuture<UpstreamResponse>> inFlight = new ConcurrentHashMap<>();
	private final Runnable onJoin;

	SingleFlight(Runnable onJoin) {
		this.onJoin = onJoin;
	}

	UpstreamResponse run(String key, Supplier<UpstreamResponse> call) {
		CompletableFuture<UpstreamResponse> mine = new CompletableFuture<>();
		CompletableFuture<UpstreamResponse> leader = inFlight.putIfAbsent(key, mine);
		if (leader != null) {
			onJoin.run();
			return join(leader);
		}
		try {
			UpstreamResponse response = call.get();
			mine.complete(response);
			return response;
		} catch (RuntimeException | Error e) {
			mine.completeExceptionally(e);
			throw e;
		} finally {
			inFlight.remove(key, mine);
		}
	}

	private static UpstreamResponse join(CompletableFuture<UpstreamResponse> leader) {
		try {
			return leader.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UpstreamException(UpstreamException.Kind.NETWORK, 0,
					"interrupted while waiting for an identical call in flight", null, null, e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof UpstreamException u) {
				// the leader's failure, rethrown with this caller's stack
				throw u.withMessage(u.getMessage());
			}
			if (cause instanceof RuntimeException r) {
				throw r;
			}
			throw (Error) cause;
		}
	}
}
