package dev.mcpforge.middleware.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * When a tool's circuit opens and for how long. Immutable; {@link #custom()} or
 * {@link #ofDefaults()} (opens after 5 failures in a row, stays open 30 s, lets 1 trial call
 * through when half-open, counts {@code isError} results as failures).
 */
public final class CircuitBreakerSettings {

	private final int failureThreshold;

	private final Duration openDuration;

	private final int halfOpenCalls;

	private final boolean countToolErrors;

	private CircuitBreakerSettings(Builder b) {
		this.failureThreshold = b.failureThreshold;
		this.openDuration = b.openDuration;
		this.halfOpenCalls = b.halfOpenCalls;
		this.countToolErrors = b.countToolErrors;
	}

	public static CircuitBreakerSettings ofDefaults() {
		return custom().build();
	}

	public static Builder custom() {
		return new Builder();
	}

	/** Failures in a row (among the last calls) that open the circuit. */
	public int failureThreshold() {
		return failureThreshold;
	}

	/** How long an open circuit fails fast before it lets trial calls through. */
	public Duration openDuration() {
		return openDuration;
	}

	/** Trial calls let through while half-open; all must succeed to close again. */
	public int halfOpenCalls() {
		return halfOpenCalls;
	}

	/** Whether {@code isError} results count as failures (exceptions always do). */
	public boolean countToolErrors() {
		return countToolErrors;
	}

	@Override
	public String toString() {
		return "opens after " + failureThreshold + " failures for " + openDuration;
	}

	/** Builder of {@link CircuitBreakerSettings}. */
	public static final class Builder {

		private int failureThreshold = 5;

		private Duration openDuration = Duration.ofSeconds(30);

		private int halfOpenCalls = 1;

		private boolean countToolErrors = true;

		private Builder() {
		}

		public Builder failureThreshold(int value) {
			if (value < 1) {
				throw new IllegalArgumentException("failureThreshold must be at least 1, but was " + value);
			}
			this.failureThreshold = value;
			return this;
		}

		public Builder openDuration(Duration value) {
			Objects.requireNonNull(value, "openDuration");
			if (value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException("openDuration must be positive, but was " + value);
			}
			this.openDuration = value;
			return this;
		}

		public Builder halfOpenCalls(int value) {
			if (value < 1) {
				throw new IllegalArgumentException("halfOpenCalls must be at least 1, but was " + value);
			}
			this.halfOpenCalls = value;
			return this;
		}

		public Builder countToolErrors(boolean value) {
			this.countToolErrors = value;
			return this;
		}

		public CircuitBreakerSettings build() {
			return new CircuitBreakerSettings(this);
		}

	}

}
