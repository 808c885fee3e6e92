package dev.mcpforge.core.interceptor;

/**
 * Sees MCP requests on their way to a handler and the responses on their way back — the model is
 * OkHttp's {@code Interceptor}. An interceptor may pass the request on ({@code chain.proceed}),
 * change it first ({@code chain.proceed(request.withArguments(...))}), answer without calling
 * the handler (return a response without proceeding), change the response, or throw.
 *
 * <pre>{@code
 * McpInterceptor timing = McpInterceptor.of("timing", Phase.OBSERVABILITY, chain -> {
 *     long start = System.nanoTime();
 *     try {
 *         return chain.proceed(chain.request());
 *     } finally {
 *         log.info("{} took {} µs", chain.request().target(), (System.nanoTime() - start) / 1000);
 *     }
 * });
 * }</pre>
 *
 * <p>{@code proceed} may be called again (a retry runs the rest of the chain anew). The chain
 * refuses, with a message that names the interceptor, a {@code null} response and a request of
 * another kind than the one received.
 */
@FunctionalInterface
public interface McpInterceptor {

	McpResponse intercept(Chain chain) throws Exception;

	/** Default: {@link Phase#OBSERVABILITY}. */
	default Phase phase() {
		return Phase.OBSERVABILITY;
	}

	/** Order within the phase, lower first. Default 0. */
	default int priority() {
		return 0;
	}

	/** Shown in the printed chain and in error messages. */
	default String name() {
		String simple = getClass().getSimpleName();
		return simple.contains("$$Lambda") || simple.isEmpty() ? "interceptor" : simple;
	}

	/**
	 * Called once when a session whose {@link Initialize} went through the chain has ended: closed
	 * by the client, by the server or expired. Default: nothing. Sessionless transports (stateless
	 * HTTP) never call it.
	 */
	default void sessionClosed(String sessionId) {
	}

	/** An interceptor from a lambda, with a name and a phase. */
	static McpInterceptor of(String name, Phase phase, McpInterceptor body) {
		return of(name, phase, 0, body);
	}

	/** An interceptor from a lambda, with a name, a phase and a priority. */
	static McpInterceptor of(String name, Phase phase, int priority, McpInterceptor body) {
		java.util.Objects.requireNonNull(name, "name");
		java.util.Objects.requireNonNull(phase, "phase");
		java.util.Objects.requireNonNull(body, "body");
		return new McpInterceptor() {
			@Override
			public McpResponse intercept(Chain chain) throws Exception {
				return body.intercept(chain);
			}

			@Override
			public Phase phase() {
				return phase;
			}

			@Override
			public int priority() {
				return priority;
			}

			@Override
			public String name() {
				return name;
			}
		};
	}

	/** The rest of the chain, as seen from one interceptor. */
	interface Chain {

		/** The request as it reached this interceptor. */
		McpRequest request();

		/**
		 * Passes {@code request} to the next interceptor (or the handler); may be called again to
		 * retry.
		 * @throws IllegalStateException if {@code request} is of another kind than
		 * {@link #request()}
		 */
		McpResponse proceed(McpRequest request) throws Exception;

	}

}
