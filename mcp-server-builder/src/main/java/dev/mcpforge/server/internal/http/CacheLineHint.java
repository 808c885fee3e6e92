package dev.mcpforge.server.internal.http;

/**
 * Spares Jetty's start-up the platform MBean server. Jetty's {@code MemoryUtils} (first used by the
 * thread pool's queue) asks JMX whether compressed oops are on, to size its false-sharing padding;
 * starting the platform MBean server for that one answer costs 100–200 ms of start-up. When the
 * user has not set it, {@code org.eclipse.jetty.util.referencesPerCacheLine} is set to the answer
 * JMX would give for the default configuration: compressed oops, used by HotSpot for heaps under
 * 32 GiB. A wrong guess only changes padding, never behaviour.
 */
final class CacheLineHint {

	static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

	private CacheLineHint() {
	}

	static void setIfAbsent() {
		try {
			if (System.getProperty(REFERENCES_PER_CACHE_LINE) != null
					|| System.getProperty("org.eclipse.jetty.util.cacheLineBytes") != null) {
				return;
			}
			boolean compressedOops = Runtime.getRuntime().maxMemory() < (32L << 30);
			System.setProperty(REFERENCES_PER_CACHE_LINE, compressedOops ? "16" : "8");
		}
		catch (SecurityException e) {
			// Jetty asks JMX then, as it always did
		}
	}

}
