package dev.mcpforge.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import dev.mcpforge.server.McpServer;

/**
 * A server that counts how often it was built and closed, for lifecycle tests. A proxy, so it
 * keeps up with whatever methods {@link McpServer} grows.
 */
final class TrackedServer {

	static final AtomicInteger created = new AtomicInteger();

	static final AtomicInteger closed = new AtomicInteger();

	private TrackedServer() {
	}

	static McpServer create() {
		created.incrementAndGet();
		McpServer delegate = McpServer.builder().name("tracked")
			.tool("ping", "Answers pong", ctx -> {
				ctx.info("pinged");
				return "pong";
			})
			.build();
		return (McpServer) Proxy.newProxyInstance(McpServer.class.getClassLoader(), new Class<?>[] { McpServer.class },
				(proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						closed.incrementAndGet();
					}
					try {
						return method.invoke(delegate, args);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	static void reset() {
		created.set(0);
		closed.set(0);
	}

}
