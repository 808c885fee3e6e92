package dev.mcpforge.core.upstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What {@link UpstreamClient#stats()} reports, counted always, and mirrored to Micrometer when a registry is given:
 * the timer {@code mcpforge.upstream.requests} (tags upstream, method, category, outcome) and the counters
 * {@code mcpforge.upstream.retries} and {@code mcpforge.upstream.singleflight.joins} (tag upstream).
 */
final class Counters {

	private final String upstream;
	private final MeterRegistry meters;
	private final LongAdder calls = new LongAdder();
	private final LongAdder exchanges = new LongAdder();
	private final LongAdder retries = new LongAdder();
	private final LongAdder succeeded = new LongAdder();
	private final LongAdder joins = new LongAdder();
	private final Map<UpstreamException.Kind, LongAdder> failures = new EnumMap<>(UpstreamException.Kind.class);

	Counters(String upstream, MeterRegistry meters) {
		this.upstream = upstream;
		this.meters = meters;
		for (UpstreamException.Kind kind : UpstreamException.Kind.values()) {
			failures.put(kind, new LongAdder());
		}
	}

	void exchange() {
		exchanges.increment();
	}

	void retry() {
		retries.increment();
		if (meters != null) {
			Counter.builder("mcpforge.upstream.retries").description("Upstream calls sent again after a failure")
					.tag("upstream", upstream).register(meters).increment();
		}
	}

	void join() {
		joins.increment();
		if (meters != null) {
			Counter.builder("mcpforge.upstream.singleflight.joins")
					.description("Reads that shared an identical call in flight instead of sending their own")
					.tag("upstream", upstream).register(meters).increment();
		}
	}

	void succeeded(UpstreamRequest request, UpstreamResponse response, long startNanos) {
		calls.increment();
		succeeded.increment();
		time(request, response.cached() ? "cached" : (response.status() / 100) + "xx", startNanos);
	}

	void failed(UpstreamRequest request, UpstreamException e, long startNanos) {
		calls.increment();
		failures.get(e.kind()).increment();
		String outcome = e.kind() == UpstreamException.Kind.HTTP_ERROR ? (e.status() / 100) + "xx"
				: e.kind().name().toLowerCase(java.util.Locale.ROOT);
		time(request, outcome, startNanos);
	}

	private void time(UpstreamRequest request, String outcome, long startNanos) {
		if (meters != null) {
			Timer.builder("mcpforge.upstream.requests").description("Calls to the upstream API, retries included")
					.tag("upstream", upstream).tag("method", request.method()).tag("category", request.category())
					.tag("outcome", outcome).register(meters)
					.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
		}
	}

	UpstreamStats.Requests snapshot() {
		Map<UpstreamException.Kind, Long> byKind = new LinkedHashMap<>();
		failures.forEach((kind, n) -> byKind.put(kind, n.sum()));
		long failed = byKind.values().stream().mapToLong(Long::longValue).sum();
		return new UpstreamStats.Requests(calls.sum(), exchanges.sum(), retries.sum(), succeeded.sum(), failed, byKind,
				joins.sum());
	}
}
