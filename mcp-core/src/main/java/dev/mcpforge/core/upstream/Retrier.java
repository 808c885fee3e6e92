package dev.mcpforge.core.upstream;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resilience4j {@link Retry} with exponential backoff that honours {@code Retry-After}. Two instances: idempotent
 * requests are retried on 408, 429, 500, 502, 503, 504, network errors and timeouts; the others (POST, PATCH) only on
 * 408, 429 and failures to connect, where nothing was sent. A {@code Retry-After} longer than {@code maxRetryAfter}
 * is not waited for: the call fails at once with that {@code retryAfter}.
 */
final class Retrier {

	private static final Logger log = LoggerFactory.getLogger(UpstreamClient.class);

	private static final Set<Integer> RETRIABLE_STATUS = Set.of(408, 429, 500, 502, 503, 504);

	private final Retry idempotent;
	private final Retry unsafe;
	private final Duration maxRetryAfter;

	Retrier(String upstream, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
			Runnable onRetry) {
		this.maxRetryAfter = maxRetryAfter;
		IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(initialBackoff, 2.0, maxBackoff);
		IntervalBiFunction<Object> interval = (attempt, outcome) -> outcome.isLeft()
				&& outcome.getLeft() instanceof UpstreamException u && u.retryAfter().isPresent()
						? u.retryAfter().get().toMillis()
						: backoff.apply(attempt);
		this.idempotent = retry(upstream, maxAttempts, interval, this::retriableIfIdempotent);
		this.unsafe = retry(upstream + ":unsafe", maxAttempts, interval, this::retriableIfUnsafe);
		for (Retry r : new Retry[] { idempotent, unsafe }) {
			r.getEventPublisher().onRetry(e -> {
				onRetry.run();
				if (log.isDebugEnabled()) {
					log.debug("{} attempt {} in {} ms after: {}", upstream, e.getNumberOfRetryAttempts() + 1,
							e.getWaitInterval().toMillis(), e.getLastThrowable().getMessage());
				}
			});
		}
	}

	private static Retry retry(String name, int maxAttempts, IntervalBiFunction<Object> interval,
			Predicate<Throwable> retriable) {
		return Retry.of(name, RetryConfig.custom()
				.maxAttempts(maxAttempts)
				.intervalBiFunction(interval)
				.retryOnException(retriable)
				.build());
	}

	<T> T execute(UpstreamRequest request, Supplier<T> attempt) {
		return (request.isIdempotent() ? idempotent : unsafe).executeSupplier(attempt);
	}

	/** Whether a failure's {@code Retry-After} is beyond what this client waits for. */
	boolean waitTooLong(UpstreamException e) {
		return e.retryAfter().map(d -> d.compareTo(maxRetryAfter) > 0).orElse(false);
	}

	private boolean retriableIfIdempotent(Throwable t) {
		if (!(t instanceof UpstreamException e) || waitTooLong(e)) {
			return false;
		}
		return switch (e.kind()) {
			case NETWORK, TIMEOUT -> true;
			case HTTP_ERROR -> RETRIABLE_STATUS.contains(e.status());
			default -> false;
		};
	}

	private boolean retriableIfUnsafe(Throwable t) {
		if (!(t instanceof UpstreamException e) || waitTooLong(e)) {
			return false;
		}
		return switch (e.kind()) {
			case NETWORK -> e.getCause() instanceof ConnectException;
			case TIMEOUT -> e.getCause() instanceof HttpConnectTimeoutException;
			case HTTP_ERROR -> e.status() == 429 || e.status() == 408;
			default -> false;
		};
	}
}
