package dev.mcpforge.middleware.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * Response cache limits. Immutable; {@link #custom()} or {@link #ofDefaults()} (60 s after
 * writing, at most 10 000 entries, one cache per principal).
 */
public final class CacheSettings {

	private final Duration ttl;

	private final long maximumSize;

	private final boolean perPrincipal;

	private CacheSettings(Builder b) {
		this.ttl = b.ttl;
		this.maximumSize = b.maximumSize;
		this.perPrincipal = b.perPrincipal;
	}

	public static CacheSettings ofDefaults() {
		return custom().build();
	}

	public static Builder custom() {
		return new Builder();
	}

	/** How long an entry lives after it was written. */
	public Duration ttl() {
		return ttl;
	}

	/** Most entries kept; the least valuable go first. */
	public long maximumSize() {
		return maximumSize;
	}

	/** Whether callers share nothing (true, the default) or one cache (false). */
	public boolean perPrincipal() {
		return perPrincipal;
	}

	@Override
	public String toString() {
		return "ttl " + ttl + ", max " + maximumSize + (perPrincipal ? ", per principal" : ", shared");
	}

	/** Builder of {@link CacheSettings}. */
	public static final class Builder {

		private Duration ttl = Duration.ofSeconds(60);

		private long maximumSize = 10_000;

		private boolean perPrincipal = true;

		private Builder() {
		}

		public Builder ttl(Duration value) {
			Objects.requireNonNull(value, "ttl");
			if (value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException("ttl must be positive, but was " + value);
			}
			this.ttl = value;
			return this;
		}

		public Builder maximumSize(long value) {
			if (value < 1) {
				throw new IllegalArgumentException("maximumSize must be at least 1, but was " + value);
			}
			this.maximumSize = value;
			return this;
		}

		/**
		 * {@code false} shares entries between callers: only for tools and resources whose answer
		 * does not depend on who asks.
		 */
		public Builder perPrincipal(boolean value) {
			this.perPrincipal = value;
			return this;
		}

		public CacheSettings build() {
			return new CacheSettings(this);
		}

	}

}
