package dev.mcpforge.server;

/** A server serving on one transport. Closing it stops serving; closing twice is harmless. */
public interface ServerHandle extends AutoCloseable {

	/** Blocks until the server stops (stdin closed for stdio, {@link #close()} for HTTP). */
	void awaitTermination() throws InterruptedException;

	/** Stops gracefully: requests in flight may finish within the shutdown grace period. */
	@Override
	void close();

}
