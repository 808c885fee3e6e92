package dev.mcpforge.middleware;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.middleware.cache.CacheSettings;
import dev.mcpforge.middleware.resilience.CircuitBreakerSettings;
import dev.mcpforge.middleware.resilience.RateLimitSettings;
import dev.mcpforge.middleware.resilience.RetrySettings;

/**
 * The common knobs of the built-in resilience, caching and audit interceptors, read from
 * properties or environment variables. A built-in is on when one of its settings is given:
 *
 * <table>
 * <caption>settings</caption>
 * <tr><th>property</th><th>environment variable</th><th>meaning</th></tr>
 * <tr><td>{@code mcpforge.ratelimit.permits}</td><td>{@code MCPFORGE_RATELIMIT_PERMITS}</td><td>requests per period (turns rate limiting on)</td></tr>
 * <tr><td>{@code mcpforge.ratelimit.period}</td><td>{@code MCPFORGE_RATELIMIT_PERIOD}</td><td>default {@code 1m}</td></tr>
 * <tr><td>{@code mcpforge.ratelimit.key}</td><td>{@code MCPFORGE_RATELIMIT_KEY}</td><td>{@code principal}, {@code tool} or {@code principal_and_tool} (default)</td></tr>
 * <tr><td>{@code mcpforge.breaker.failure-threshold}</td><td>{@code MCPFORGE_BREAKER_FAILURE_THRESHOLD}</td><td>failures in a row that open a tool's circuit</td></tr>
 * <tr><td>{@code mcpforge.breaker.open-duration}</td><td>{@code MCPFORGE_BREAKER_OPEN_DURATION}</td><td>default {@code 30s}</td></tr>
 * <tr><td>{@code mcpforge.cache.ttl}</td><td>{@code MCPFORGE_CACHE_TTL}</td><td>response cache entry lifetime</td></tr>
 * <tr><td>{@code mcpforge.cache.max-size}</td><td>{@code MCPFORGE_CACHE_MAX_SIZE}</td><td>default 10000</td></tr>
 * <tr><td>{@code mcpforge.cache.shared}</td><td>{@code MCPFORGE_CACHE_SHARED}</td><td>{@code true} shares entries between principals</td></tr>
 * <tr><td>{@code mcpforge.single-flight}</td><td>{@code MCPFORGE_SINGLE_FLIGHT}</td><td>{@code true} folds identical concurrent reads</td></tr>
 * <tr><td>{@code mcpforge.retry.max-attempts}</td><td>{@code MCPFORGE_RETRY_MAX_ATTEMPTS}</td><td>attempts in all, read-only/idempotent tools only</td></tr>
 * <tr><td>{@code mcpforge.retry.backoff}</td><td>{@code MCPFORGE_RETRY_BACKOFF}</td><td>first wait, doubling; default {@code 100ms}</td></tr>
 * <tr><td>{@code mcpforge.timeout}</td><td>{@code MCPFORGE_TIMEOUT}</td><td>longest a request may take</td></tr>
 * <tr><td>{@code mcpforge.bulkhead.max-concurrent}</td><td>{@code MCPFORGE_BULKHEAD_MAX_CONCURRENT}</td><td>calls of one tool at once</td></tr>
 * <tr><td>{@code mcpforge.audit}</td><td>{@code MCPFORGE_AUDIT}</td><td>{@code true} logs audit events</td></tr>
 * </table>
 *
 * Durations read {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d} or ISO-8601
 * ({@code PT30S}). A bad value, or an unknown key in these sections (a typo), fails at once with
 * a message naming the key. Other {@code mcpforge.*} keys are left alone.
 */
public final class MiddlewareConfig {

	private static final Set<String> KNOWN = Set.of("mcpforge.ratelimit.permits", "mcpforge.ratelimit.period",
			"mcpforge.ratelimit.key", "mcpforge.breaker.failure-threshold", "mcpforge.breaker.open-duration",
			"mcpforge.cache.ttl", "mcpforge.cache.max-size", "mcpforge.cache.shared", "mcpforge.single-flight",
			"mcpforge.retry.max-attempts", "mcpforge.retry.backoff", "mcpforge.timeout",
			"mcpforge.bulkhead.max-concurrent", "mcpforge.audit");

	private static final List<String> SECTIONS = List.of("mcpforge.ratelimit.", "mcpforge.breaker.", "mcpforge.cache.",
			"mcpforge.retry.", "mcpforge.bulkhead.");

	private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

	private final Optional<RateLimitSettings> rateLimit;

	private final Optional<CircuitBreakerSettings> circuitBreaker;

	private final Optional<CacheSettings> cache;

	private final boolean singleFlight;

	private final Optional<RetrySettings> retry;

	private final Optional<Duration> timeout;

	private final Optional<Integer> bulkhead;

	private final boolean audit;

	private MiddlewareConfig(Map<String, String> values) {
		Map<String, String> v = new LinkedHashMap<>();
		values.forEach((k, value) -> {
			if (value != null && !value.isBlank()) {
				v.put(k, value.trim());
			}
		});
		for (String key : v.keySet()) {
			boolean inSection = SECTIONS.stream().anyMatch(key::startsWith);
			if (inSection && !KNOWN.contains(key)) {
				throw new IllegalArgumentException("unknown setting " + key + "; known ones: " + new java.util.TreeSet<>(KNOWN));
			}
		}
		this.rateLimit = v.containsKey("mcpforge.ratelimit.permits") ? Optional.of(RateLimitSettings.custom()
			.limit(integer(v, "mcpforge.ratelimit.permits"),
					duration(v, "mcpforge.ratelimit.period").orElse(Duration.ofMinutes(1)))
			.key(key(v))
			.build()) : Optional.empty();
		if (!v.containsKey("mcpforge.ratelimit.permits")
				&& (v.containsKey("mcpforge.ratelimit.period") || v.containsKey("mcpforge.ratelimit.key"))) {
			throw new IllegalArgumentException("mcpforge.ratelimit.permits is required with the other mcpforge.ratelimit settings");
		}
		if (v.containsKey("mcpforge.breaker.failure-threshold") || v.containsKey("mcpforge.breaker.open-duration")) {
			CircuitBreakerSettings.Builder b = CircuitBreakerSettings.custom();
			if (v.containsKey("mcpforge.breaker.failure-threshold")) {
				b.failureThreshold(integer(v, "mcpforge.breaker.failure-threshold"));
			}
			duration(v, "mcpforge.breaker.open-duration").ifPresent(b::openDuration);
			this.circuitBreaker = Optional.of(b.build());
		}
		else {
			this.circuitBreaker = Optional.empty();
		}
		if (v.containsKey("mcpforge.cache.ttl") || v.containsKey("mcpforge.cache.max-size")
				|| v.containsKey("mcpforge.cache.shared")) {
			CacheSettings.Builder b = CacheSettings.custom();
			duration(v, "mcpforge.cache.ttl").ifPresent(b::ttl);
			if (v.containsKey("mcpforge.cache.max-size")) {
				b.maximumSize(integer(v, "mcpforge.cache.max-size"));
			}
			b.perPrincipal(!bool(v, "mcpforge.cache.shared"));
			this.cache = Optional.of(b.build());
		}
		else {
			this.cache = Optional.empty();
		}
		this.singleFlight = bool(v, "mcpforge.single-flight");
		if (v.containsKey("mcpforge.retry.max-attempts") || v.containsKey("mcpforge.retry.backoff")) {
			RetrySettings.Builder b = RetrySettings.custom();
			if (v.containsKey("mcpforge.retry.max-attempts")) {
				b.maxAttempts(integer(v, "mcpforge.retry.max-attempts"));
			}
			duration(v, "mcpforge.retry.backoff").ifPresent(d -> b.backoff(d, 2.0));
			this.retry = Optional.of(b.build());
		}
		else {
			this.retry = Optional.empty();
		}
		this.timeout = duration(v, "mcpforge.timeout");
		this.bulkhead = v.containsKey("mcpforge.bulkhead.max-concurrent")
				? Optional.of(integer(v, "mcpforge.bulkhead.max-concurrent")) : Optional.empty();
		this.audit = bool(v, "mcpforge.audit");
	}

	/** From {@code mcpforge.*} properties. */
	public static MiddlewareConfig fromProperties(Properties properties) {
		Map<String, String> values = new LinkedHashMap<>();
		properties.stringPropertyNames()
			.stream()
			.filter(k -> k.startsWith("mcpforge."))
			.forEach(k -> values.put(k, properties.getProperty(k)));
		return new MiddlewareConfig(values);
	}

	/** From the process environment ({@code MCPFORGE_*}). */
	public static MiddlewareConfig fromEnvironment() {
		return fromEnvironment(System.getenv());
	}

	/** From {@code MCPFORGE_*} variables in {@code environment}: {@code MCPFORGE_CACHE_MAX_SIZE} is {@code mcpforge.cache.max-size}. */
	public static MiddlewareConfig fromEnvironment(Map<String, String> environment) {
		Map<String, String> byEnv = new LinkedHashMap<>();
		for (String key : KNOWN) {
			byEnv.put(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), key);
		}
		Map<String, String> values = new LinkedHashMap<>();
		environment.forEach((name, value) -> {
			String key = byEnv.get(name);
			if (key != null) {
				values.put(key, value);
			}
			else if (SECTIONS.stream()
				.map(s -> s.toUpperCase(Locale.ROOT).replace('.', '_'))
				.anyMatch(name::startsWith)) {
				throw new IllegalArgumentException("unknown setting " + name + "; known ones: " + new java.util.TreeSet<>(byEnv.keySet()));
			}
		});
		return new MiddlewareConfig(values);
	}

	public Optional<RateLimitSettings> rateLimit() {
		return rateLimit;
	}

	public Optional<CircuitBreakerSettings> circuitBreaker() {
		return circuitBreaker;
	}

	public Optional<CacheSettings> cache() {
		return cache;
	}

	public boolean singleFlight() {
		return singleFlight;
	}

	public Optional<RetrySettings> retry() {
		return retry;
	}

	public Optional<Duration> timeout() {
		return timeout;
	}

	public Optional<Integer> bulkhead() {
		return bulkhead;
	}

	public boolean audit() {
		return audit;
	}

	/** The configured built-ins, without metrics. */
	public List<McpInterceptor> interceptors() {
		return interceptors(null);
	}

	/**
	 * The configured built-ins; with a {@code meterRegistry}, also request metrics, and the
	 * breaker, cache and single-flight publish their state to it.
	 */
	public List<McpInterceptor> interceptors(MeterRegistry meterRegistry) {
		List<McpInterceptor> all = new ArrayList<>();
		if (audit) {
			all.add(Middleware.audit());
		}
		rateLimit.ifPresent(s -> all.add(Middleware.rateLimit(s)));
		circuitBreaker.ifPresent(s -> all.add(meterRegistry == null ? Middleware.circuitBreaker(s)
				: Middleware.circuitBreaker(s).bindTo(meterRegistry)));
		bulkhead.ifPresent(n -> all.add(Middleware.bulkhead(n)));
		retry.ifPresent(s -> all.add(Middleware.retry(s)));
		timeout.ifPresent(d -> all.add(Middleware.timeout(d)));
		cache.ifPresent(s -> all.add(meterRegistry == null ? Middleware.cache(s) : Middleware.cache(s).bindTo(meterRegistry)));
		if (singleFlight) {
			all.add(meterRegistry == null ? Middleware.singleFlight() : Middleware.singleFlight().bindTo(meterRegistry));
		}
		if (meterRegistry != null) {
			all.add(Middleware.metrics(meterRegistry));
		}
		return all;
	}

	private static int integer(Map<String, String> v, String key) {
		String raw = v.get(key);
		try {
			return Integer.parseInt(raw);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(key + " must be a whole number, but was '" + raw + "'");
		}
	}

	private static boolean bool(Map<String, String> v, String key) {
		String raw = v.get(key);
		if (raw == null) {
			return false;
		}
		if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(raw);
		}
		throw new IllegalArgumentException(key + " must be true or false, but was '" + raw + "'");
	}

	private static RateLimitSettings.Key key(Map<String, String> v) {
		String raw = v.get("mcpforge.ratelimit.key");
		if (raw == null) {
			return RateLimitSettings.Key.PRINCIPAL_AND_TOOL;
		}
		try {
			return RateLimitSettings.Key.valueOf(raw.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"mcpforge.ratelimit.key must be principal, tool or principal_and_tool, but was '" + raw + "'");
		}
	}

	static Optional<Duration> duration(Map<String, String> v, String key) {
		String raw = v.get(key);
		if (raw == null) {
			return Optional.empty();
		}
		Matcher m = SIMPLE_DURATION.matcher(raw.toLowerCase(Locale.ROOT));
		Duration d = null;
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			d = switch (m.group(2)) {
				case "ms" -> Duration.ofMillis(n);
				case "s" -> Duration.ofSeconds(n);
				case "m" -> Duration.ofMinutes(n);
				case "h" -> Duration.ofHours(n);
				default -> Duration.ofDays(n);
			};
		}
		else {
			try {
				d = Duration.parse(raw.toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException e) {
				// reported below
			}
		}
		if (d == null || d.isNegative() || d.isZero()) {
			throw new IllegalArgumentException(
					key + " must be a positive duration like 500ms, 30s, 5m, 1h or PT30S, but was '" + raw + "'");
		}
		return Optional.of(d);
	}

}
