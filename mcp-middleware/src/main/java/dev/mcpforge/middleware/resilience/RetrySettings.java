package dev.mcpforge.middleware.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * Retries with exponential backoff. Immutable; {@link #custom()} or {@link #ofDefaults()} (3
 * attempts in all, waiting 100 ms, then 200 ms).
 */
public final class RetrySettings {

	private final int maxAttempts;

	private final Duration initialBackoff;

	private final double multiplier;

	private RetrySettings(Builder b) {
		this.maxAttempts = b.maxAttempts;
		this.initialBackoff = b.initialBackoff;
		this.multiplier = b.multiplier;
	}

	public static RetrySettings ofDefaults() {
		return custom().build();
	}

	public static Builder custom() {
		return new Builder();
	}

	/** Attempts in all, the first included. */
	public int maxAttempts() {
		return maxAttempts;
	}

	public Duration initialBackoff() {
		return initialBackoff;
	}

	public double multiplier() {
		return multiplier;
	}

	/** Builder of {@link RetrySettings}. */
	public static final class Builder {

		private int maxAttempts = 3;

		private Duration initialBackoff = Duration.ofMillis(100);

		private double multiplier = 2.0;

		private Builder() {
		}

		public Builder maxAttempts(int value) {
			if (value < 1) {
				throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + value);
			}
			this.maxAttempts = value;
			return this;
		}

		/** Wait before the second attempt; each further wait is {@code multiplier} times longer. */
		public Builder backoff(Duration initial, double multiplier) {
			Objects.requireNonNull(initial, "initial");
			if (initial.isNegative() || initial.isZero()) {
				throw new IllegalArgumentException("initial backoff must be positive, but was " + initial);
			}
			if (multiplier < 1.0) {
				throw new IllegalArgumentException("multiplier must be at least 1.0, but was " + multiplier);
			}
			this.initialBackoff = initial;
			this.multiplier = multiplier;
			return this;
		}

		public RetrySettings build() {
			return new RetrySettings(this);
		}

	}

}
