package dev.mcpforge.core.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
final class RetryAfter {

	private RetryAfter() {
	}

	/** The wait the header asks for (never negative), or {@code null} when it is neither form. */
	static Duration parse(String value, Clock clock) {
		String v = value.trim();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
		} catch (NumberFormatException notSeconds) {
			try {
				Duration d = Duration.between(clock.instant(),
						ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return d.isNegative() ? Duration.ZERO : d;
			} catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	/** "3 s", "250 ms": whole seconds rounded up once past one second. */
	static String format(Duration d) {
		long ms = d.toMillis();
		return ms < 1000 ? ms + " ms" : ((ms + 999) / 1000) + " s";
	}
}
