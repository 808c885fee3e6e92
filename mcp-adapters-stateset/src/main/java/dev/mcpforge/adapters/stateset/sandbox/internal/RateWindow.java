package dev.mcpforge.adapters.stateset.sandbox.internal;

import java.util.HashMap;
import java.util.Map;

/** A fixed one-minute window per API key, behind the {@code X-RateLimit-*} headers and the sandbox's own 429s. */
public final class RateWindow {

	/** The state after counting one request: the limit, what remains, and the epoch second the window resets. */
	public record Usage(int limit, int remaining, long resetEpochSecond, boolean exceeded) {
	}

	private final int limit;
	private final Map<String, long[]> windows = new HashMap<>();

	public RateWindow(int limitPerMinute) {
		this.limit = limitPerMinute;
	}

	public synchronized Usage hit(String key, long nowMillis) {
		long windowStart = nowMillis - nowMillis % 60_000;
		long[] w = windows.computeIfAbsent(key, k -> new long[] {windowStart, 0});
		if (w[0] != windowStart) {
			w[0] = windowStart;
			w[1] = 0;
		}
		w[1]++;
		int remaining = (int) Math.max(0, limit - w[1]);
		return new Usage(limit, remaining, (windowStart + 60_000) / 1000, w[1] > limit);
	}
}
