package dev.mcpforge.client;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** One server behind a multi-endpoint client: its connection, health and load. */
final class Endpoint {

	final String name;

	final int weight;

	private final Supplier<McpClient> connector;

	private volatile McpClient client;

	private volatile boolean healthy = true;

	final AtomicInteger outstanding = new AtomicInteger();

	private final AtomicLong calls = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	Endpoint(String name, int weight, Supplier<McpClient> connector) {
		this.name = name;
		this.weight = weight;
		this.connector = connector;
	}

	boolean healthy() {
		return healthy;
	}

	/** The connected client, connecting first if needed; a failed connect ejects the endpoint. */
	McpClient client() {
		McpClient current = client;
		if (current == null) {
			synchronized (this) {
				current = client;
				if (current == null) {
					try {
						current = connector.get();
					}
					catch (RuntimeException e) {
						eject();
						throw e;
					}
					client = current;
				}
			}
		}
		calls.incrementAndGet();
		return current;
	}

	/** Stops routing calls here and drops the (probably dead) session. */
	void eject() {
		failures.incrementAndGet();
		healthy = false;
		McpClient dead;
		synchronized (this) {
			dead = client;
			client = null;
		}
		closeQuietly(dead);
	}

	/** For an ejected endpoint: connect and ping; re-admit on success. */
	void probe() {
		try {
			McpClient fresh = connector.get();
			fresh.ping();
			synchronized (this) {
				closeQuietly(client);
				client = fresh;
			}
			healthy = true;
		}
		catch (RuntimeException stillDown) {
			// stays ejected until a later probe succeeds
		}
	}

	void close() {
		closeQuietly(client);
		client = null;
	}

	EndpointStatus status() {
		return new EndpointStatus(name, healthy, outstanding.get(), calls.get(), failures.get());
	}

	private static void closeQuietly(McpClient client) {
		if (client != null) {
			try {
				client.close();
			}
			catch (RuntimeException ignored) {
				// the connection is gone already
			}
		}
	}

}
