package dev.mcpforge.middleware;

import java.util.concurrent.atomic.AtomicReference;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.Phase;

/** A stand-in for authentication in tests: every request runs as whoever {@link #as} named last. */
final class Principals {

	private final AtomicReference<String> current = new AtomicReference<>();

	Principals as(String name) {
		current.set(name);
		return this;
	}

	McpInterceptor interceptor() {
		return McpInterceptor.of("test-principal", Phase.SECURITY, chain -> {
			String name = current.get();
			if (name == null) {
				return chain.proceed(chain.request());
			}
			return chain.proceed(chain.request().withContext(chain.request().context().withPrincipal(() -> name)));
		});
	}

}
