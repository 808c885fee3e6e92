package dev.mcpforge.core.interceptor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An ordered, immutable set of interceptors: sorted by {@link Phase}, then priority, then
 * registration order. {@link #toString()} prints the order, which servers log at start-up.
 */
public final class InterceptorChain {

	private static final InterceptorChain EMPTY = new InterceptorChain(List.of());

	private final List<McpInterceptor> interceptors;

	private InterceptorChain(List<McpInterceptor> ordered) {
		this.interceptors = ordered;
	}

	public static InterceptorChain empty() {
		return EMPTY;
	}

	/** Orders {@code interceptors} by phase and priority; ties keep the given order. */
	public static InterceptorChain of(List<McpInterceptor> interceptors) {
		List<McpInterceptor> ordered = new ArrayList<>(interceptors);
		ordered.forEach(i -> java.util.Objects.requireNonNull(i, "interceptor"));
		ordered.sort(Comparator.comparing(McpInterceptor::phase).thenComparingInt(McpInterceptor::priority));
		return new InterceptorChain(List.copyOf(ordered));
	}

	/** The interceptors in the order a request meets them. */
	public List<McpInterceptor> interceptors() {
		return interceptors;
	}

	public boolean isEmpty() {
		return interceptors.isEmpty();
	}

	/** Runs {@code request} through every interceptor and then {@code handler}. */
	public McpResponse execute(McpRequest request, Handler handler) throws Exception {
		if (interceptors.isEmpty()) {
			return handler.handle(request);
		}
		return new Step(0, request, handler).run();
	}

	/** Tells every interceptor that a session ended; one that throws is logged and skipped. */
	public void sessionClosed(String sessionId) {
		for (McpInterceptor interceptor : interceptors) {
			try {
				interceptor.sessionClosed(sessionId);
			}
			catch (RuntimeException e) {
				org.slf4j.LoggerFactory.getLogger(InterceptorChain.class)
					.warn("Interceptor '{}' failed on the end of session {}", interceptor.name(), sessionId, e);
			}
		}
	}

	/** e.g. {@code SECURITY auth -> RESILIENCE rate-limit(10) -> handler} */
	@Override
	public String toString() {
		return interceptors.stream()
			.map(i -> i.phase() + " " + i.name() + (i.priority() == 0 ? "" : "(" + i.priority() + ")"))
			.collect(Collectors.joining(" -> ", "", interceptors.isEmpty() ? "handler" : " -> handler"));
	}

	/** The end of the chain: the framework's call of the user's handler. */
	@FunctionalInterface
	public interface Handler {

		McpResponse handle(McpRequest request) throws Exception;

	}

	private final class Step implements McpInterceptor.Chain {

		private final int index;

		private final McpRequest request;

		private final Handler handler;

		Step(int index, McpRequest request, Handler handler) {
			this.index = index;
			this.request = request;
			this.handler = handler;
		}

		McpResponse run() throws Exception {
			McpInterceptor interceptor = interceptors.get(index);
			McpResponse response = interceptor.intercept(this);
			if (response == null) {
				throw new IllegalStateException("interceptor '" + interceptor.name() + "' returned null");
			}
			return response;
		}

		@Override
		public McpRequest request() {
			return request;
		}

		@Override
		public McpResponse proceed(McpRequest next) throws Exception {
			java.util.Objects.requireNonNull(next, "request");
			if (!next.getClass().equals(request.getClass())) {
				throw new IllegalStateException("interceptor '" + interceptors.get(index).name() + "' turned a "
						+ request.method() + " into a " + next.method());
			}
			if (index + 1 == interceptors.size()) {
				McpResponse response = handler.handle(next);
				if (response == null) {
					throw new IllegalStateException("the handler returned null");
				}
				return response;
			}
			return new Step(index + 1, next, handler).run();
		}

	}

}
