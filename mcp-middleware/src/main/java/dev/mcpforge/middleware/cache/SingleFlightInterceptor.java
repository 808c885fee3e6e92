package dev.mcpforge.middleware.cache;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.middleware.internal.RequestKey;
import dev.mcpforge.middleware.internal.Requests;

/**
 * Folds identical read-only requests that are in flight at the same time into one call of the
 * handler: the first caller runs it, the others wait and get the same response (or the same
 * failure). Nothing is kept afterwards — pair it with {@link ResponseCacheInterceptor} for that.
 * Identity is as for the cache: read-only tool or resource, canonical arguments, and the
 * principal unless {@code perPrincipal} is false. Phase {@link Phase#CACHING}, priority 20.
 */
public final class SingleFlightInterceptor implements McpInterceptor {

	private final boolean perPrincipal;

	private final ConcurrentMap<RequestKey, CompletableFuture<McpResponse>> flights = new ConcurrentHashMap<>();

	private final LongAdder led = new LongAdder();

	private final LongAdder joined = new LongAdder();

	public SingleFlightInterceptor(boolean perPrincipal) {
		this.perPrincipal = perPrincipal;
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		Optional<RequestKey> key = Requests.readOnlyKey(chain.request(), perPrincipal);
		if (key.isEmpty()) {
			return chain.proceed(chain.request());
		}
		CompletableFuture<McpResponse> mine = new CompletableFuture<>();
		CompletableFuture<McpResponse> running = flights.putIfAbsent(key.get(), mine);
		if (running != null) {
			joined.increment();
			return await(running);
		}
		led.increment();
		try {
			McpResponse response = chain.proceed(chain.request());
			mine.complete(response);
			return response;
		}
		catch (Throwable error) {
			mine.completeExceptionally(error);
			throw error;
		}
		finally {
			flights.remove(key.get(), mine);
		}
	}

	private static McpResponse await(CompletableFuture<McpResponse> running) throws Exception {
		try {
			return running.get();
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof Exception exception) {
				throw exception;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	/** Requests that ran the handler for themselves and for any that joined them. */
	public long led() {
		return led.sum();
	}

	/** Requests answered by joining an identical one in flight. */
	public long joined() {
		return joined.sum();
	}

	/**
	 * Publishes the counters {@code mcp.singleflight.requests}, tagged {@code result=led} (ran the
	 * handler) and {@code result=joined} (answered by an identical request in flight).
	 */
	public SingleFlightInterceptor bindTo(MeterRegistry registry) {
		FunctionCounter.builder("mcp.singleflight.requests", led, LongAdder::sum)
			.description("Read-only requests that ran the handler (led) or joined an identical one in flight (joined)")
			.tag("result", "led")
			.register(registry);
		FunctionCounter.builder("mcp.singleflight.requests", joined, LongAdder::sum)
			.description("Read-only requests that ran the handler (led) or joined an identical one in flight (joined)")
			.tag("result", "joined")
			.register(registry);
		return this;
	}

	/** Requests in flight now that others could join. */
	public int inFlight() {
		return flights.size();
	}

	@Override
	public Phase phase() {
		return Phase.CACHING;
	}

	@Override
	public int priority() {
		return 20;
	}

	@Override
	public String name() {
		return "single-flight";
	}

}
