package dev.mcpforge.middleware.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests a caller may make per period. Immutable; build with {@link #custom()} or take
 * {@link #ofDefaults()} (60 per minute per principal and tool).
 *
 * <pre>{@code
 * RateLimitSettings.custom().limit(10, Duration.ofMinutes(1)).key(RateLimitSettings.Key.PRINCIPAL).build()
 * }</pre>
 */
public final class RateLimitSettings {

	/** What one budget of permits is shared by. */
	public enum Key {

		/** One budget per caller (principal name, or "anonymous"), across all tools. */
		PRINCIPAL,

		/** One budget per tool (or resource, prompt), shared by all callers. */
		TOOL,

		/** One budget per caller and tool. */
		PRINCIPAL_AND_TOOL

	}

	private final int permits;

	private final Duration period;

	private final Key key;

	private RateLimitSettings(Builder b) {
		this.permits = b.permits;
		this.period = b.period;
		this.key = b.key;
	}

	/** 60 requests per minute per principal and tool. */
	public static RateLimitSettings ofDefaults() {
		return custom().build();
	}

	/** {@code permits} per minute per principal and tool. */
	public static RateLimitSettings perMinute(int permits) {
		return custom().limit(permits, Duration.ofMinutes(1)).build();
	}

	public static Builder custom() {
		return new Builder();
	}

	public int permits() {
		return permits;
	}

	public Duration period() {
		return period;
	}

	public Key key() {
		return key;
	}

	@Override
	public String toString() {
		return permits + " per " + period + " per " + key;
	}

	/** Builder of {@link RateLimitSettings}. */
	public static final class Builder {

		private int permits = 60;

		private Duration period = Duration.ofMinutes(1);

		private Key key = Key.PRINCIPAL_AND_TOOL;

		private Builder() {
		}

		/** {@code permits} requests per {@code period}; the budget refills at the start of each period. */
		public Builder limit(int permits, Duration period) {
			if (permits < 1) {
				throw new IllegalArgumentException("permits must be at least 1, but was " + permits);
			}
			Objects.requireNonNull(period, "period");
			if (period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("period must be positive, but was " + period);
			}
			this.permits = permits;
			this.period = period;
			return this;
		}

		public Builder key(Key value) {
			this.key = Objects.requireNonNull(value, "key");
			return this;
		}

		public RateLimitSettings build() {
			return new RateLimitSettings(this);
		}

	}

}
