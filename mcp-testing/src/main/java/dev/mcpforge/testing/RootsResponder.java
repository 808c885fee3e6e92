package dev.mcpforge.testing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * The roots a test client exposes to the server ({@code roots/list}). Get one from
 * {@link Responders#roots()}. Changing the roots of a connected client sends
 * {@code notifications/roots/list_changed}, as a real client does.
 *
 * <pre>{@code
 * McpTestClient client = McpTestClient.builder(server)
 *     .roots(Responders.roots().root("file:///work/project", "project"))
 *     .build();
 * client.roots().root("file:///tmp", "tmp");   // the server is told the list changed
 * }</pre>
 */
public final class RootsResponder {

	private final List<McpSchema.Root> roots = new CopyOnWriteArrayList<>();

	private final AtomicInteger requests = new AtomicInteger();

	private volatile McpSyncClient client;

	RootsResponder() {
	}

	/** Adds a root. */
	public RootsResponder root(String uri, String name) {
		McpSchema.Root root = new McpSchema.Root(Objects.requireNonNull(uri, "uri"), name);
		roots.add(root);
		McpSyncClient connected = client;
		if (connected != null) {
			connected.addRoot(root);
		}
		return this;
	}

	/** Removes a root by URI. */
	public RootsResponder remove(String uri) {
		roots.removeIf(r -> r.uri().equals(uri));
		McpSyncClient connected = client;
		if (connected != null) {
			connected.removeRoot(uri);
		}
		return this;
	}

	/** The roots, in the order added. */
	public List<McpSchema.Root> roots() {
		return List.copyOf(roots);
	}

	/** How many {@code roots/list} requests the server sent. */
	public int requestCount() {
		return requests.get();
	}

	void attach(McpSyncClient connected) {
		this.client = connected;
	}

	void recordRequest() {
		requests.incrementAndGet();
	}

}
