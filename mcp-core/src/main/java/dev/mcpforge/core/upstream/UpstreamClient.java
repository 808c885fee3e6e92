package dev.mcpforge.core.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mcpforge.core.McpJson;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTTP client adapters use to call the API behind their tools: JSON in and out, a request id on every call,
 * timeouts per operation category, rate limits, retries, a circuit breaker, single-flight and a response cache for
 * reads, and metrics.
 *
 * <pre>{@code
 * UpstreamClient api = UpstreamClient.builder()
 *         .name("stateset")
 *         .baseUrl("https://api.stateset.io/v1")
 *         .bearerToken(System.getenv("STATESET_API_KEY"))
 *         .rateLimit("read", 120, Duration.ofMinutes(1), 20)
 *         .cache(Duration.ofMinutes(5), 1000)
 *         .build();
 * JsonNode order = api.send(UpstreamRequest.get("/orders/ORD-1")).body();
 * }</pre>
 *
 * <p>A call goes through, outermost first:
 * <ol>
 * <li>the response cache (reads only): a fresh entry answers without anything below;</li>
 * <li>single-flight (reads only): an identical read in flight is joined instead of sent again;</li>
 * <li>retry, {@code Retry(CircuitBreaker(RateLimiter(exchange)))} as Resilience4j's {@code Decorators} composes
 * them: every attempt asks the circuit breaker, then the rate limits, then makes one HTTP exchange. So the breaker
 * records each attempt, and retries stop as soon as it opens; a rate-limit refusal is neither retried nor counted
 * against the upstream.</li>
 * </ol>
 * A write (any method but GET and HEAD) drops the cached entries of its {@linkplain UpstreamRequest#resource()
 * resource} once it completes, whatever its outcome.
 *
 * <p>Immutable and thread-safe; share one per upstream API. Header values set with {@link Builder#bearerToken},
 * {@link Builder#secretHeader} or named {@code Authorization}, {@code Proxy-Authorization}, {@code X-API-Key} or
 * {@code Cookie} never appear in {@code toString}, exception messages or logs.
 */
public final class UpstreamClient implements AutoCloseable {

	private final String name;
	private final URI baseUrl;
	private final Map<String, String> headers;
	private final Set<String> secretHeaders;
	private final Duration defaultTimeout;
	private final Map<String, Duration> timeouts;
	private final HttpExchange exchange;
	private final Counters counters;
	private final RateLimits rateLimits;
	private final Breaker breaker;
	private final Retrier retrier;
	private final Duration maxRetryAfter;
	private final SingleFlight singleFlight;
	private final ResponseCache cache;
	private final Map<String, Set<String>> alsoInvalidates;

	private UpstreamClient(Builder b) {
		this.name = b.name;
		this.baseUrl = URI.create(stripTrailingSlash(Objects.requireNonNull(b.baseUrl, "baseUrl")));
		this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
		this.secretHeaders = Set.copyOf(b.secretHeaders);
		this.defaultTimeout = b.defaultTimeout;
		this.timeouts = Collections.unmodifiableMap(new LinkedHashMap<>(b.timeouts));
		HttpClient http = b.httpClient != null ? b.httpClient
				: HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		this.exchange = new HttpExchange(name, baseUrl, headers, b.requestIdHeader, this::timeout, http, b.mapper,
				b.errorMessage, b.clock);
		this.counters = new Counters(name, b.meterRegistry);
		this.rateLimits = b.rateLimits.isEmpty() && b.globalRateLimit == null ? null
				: new RateLimits(name, b.rateLimits, b.globalRateLimit, b.rateLimitWait);
		this.breaker = b.breakerConfig == null ? null : new Breaker(name, b.breakerConfig, b.breakerFromThreshold);
		this.maxRetryAfter = b.maxRetryAfter;
		this.retrier = b.maxAttempts <= 1 ? null
				: new Retrier(name, b.maxAttempts, b.initialBackoff, b.maxBackoff, b.maxRetryAfter, counters::retry);
		this.singleFlight = b.singleFlight ? new SingleFlight(counters::join) : null;
		this.cache = b.cacheTtl == null ? null : new ResponseCache(b.cacheTtl, b.cacheTtls, b.cacheMaxEntries, b.ticker);
		Map<String, Set<String>> dependents = new LinkedHashMap<>();
		b.alsoInvalidates.forEach((resource, set) -> dependents.put(resource, Set.copyOf(set)));
		this.alsoInvalidates = Map.copyOf(dependents);
		if (b.meterRegistry != null) {
			if (rateLimits != null) {
				rateLimits.bindTo(b.meterRegistry);
			}
			if (breaker != null) {
				breaker.bindTo(b.meterRegistry);
			}
			if (cache != null) {
				cache.bindTo(b.meterRegistry, name);
			}
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	public String name() {
		return name;
	}

	public URI baseUrl() {
		return baseUrl;
	}

	/** The timeout a call of this category gets. */
	public Duration timeout(String category) {
		return timeouts.getOrDefault(category, defaultTimeout);
	}

	/**
	 * Sends the request (or answers it from the cache, or shares an identical read in flight) and returns the 2xx
	 * answer.
	 *
	 * @throws UpstreamException for any other outcome, with a message a model can act on
	 */
	public UpstreamResponse send(UpstreamRequest request) {
		Objects.requireNonNull(request, "request");
		long start = System.nanoTime();
		try {
			UpstreamResponse response = request.isRead() ? read(request) : resilient(request);
			counters.succeeded(request, response, start);
			return response;
		} catch (UpstreamException e) {
			counters.failed(request, e, start);
			throw e;
		} finally {
			if (cache != null && !request.isRead()) {
				cache.invalidate(request.resource());
				alsoInvalidates.getOrDefault(request.resource(), Set.of()).forEach(cache::invalidate);
			}
		}
	}

	/** Counters and settings as they are now. */
	public UpstreamStats stats() {
		return new UpstreamStats(name, baseUrl.toString(), counters.snapshot(),
				cache == null ? UpstreamStats.Cache.DISABLED : cache.stats(),
				breaker == null ? UpstreamStats.Breaker.DISABLED : breaker.stats(),
				rateLimits == null ? Map.of() : rateLimits.status(),
				rateLimits == null ? null : rateLimits.globalStatus(),
				new UpstreamStats.Timeouts(defaultTimeout, timeouts));
	}

	/** Empties the response cache; returns how many entries were dropped (0 without a cache). */
	public long clearCache() {
		return cache == null ? 0 : cache.clear();
	}

	private UpstreamResponse read(UpstreamRequest request) {
		// the key is method and full URL: every other header is the same on every call of this client
		String key = request.method() + " " + exchange.uri(request);
		if (cache != null) {
			UpstreamResponse hit = cache.get(key);
			if (hit != null) {
				return hit;
			}
		}
		Supplier<UpstreamResponse> load = () -> {
			long generation = cache == null ? 0 : cache.generation(request.resource());
			UpstreamResponse response = resilient(request);
			if (cache != null) {
				cache.put(request.resource(), generation, key, response);
			}
			return response;
		};
		return singleFlight == null ? load.get() : singleFlight.run(key, load);
	}

	/** Retry(CircuitBreaker(RateLimiter(exchange))); one request id for all attempts of a call. */
	private UpstreamResponse resilient(UpstreamRequest request) {
		String requestId = "req-" + UUID.randomUUID();
		AtomicInteger attempts = new AtomicInteger();
		Supplier<UpstreamResponse> once = () -> {
			if (rateLimits != null) {
				rateLimits.acquire(request.category());
			}
			attempts.incrementAndGet();
			counters.exchange();
			return exchange.send(request, requestId);
		};
		Supplier<UpstreamResponse> guarded = breaker == null ? once : () -> breaker.execute(once);
		try {
			UpstreamResponse r = retrier == null ? guarded.get() : retrier.execute(request, guarded);
			return attempts.get() == 1 ? r
					: new UpstreamResponse(r.status(), r.headers(), r.body(), r.requestId(), attempts.get(), false);
		} catch (UpstreamException e) {
			throw explain(e, attempts.get());
		}
	}

	private UpstreamException explain(UpstreamException e, int attempts) {
		String message = e.getMessage();
		if (e.kind() == UpstreamException.Kind.HTTP_ERROR && retrier != null && retrier.waitTooLong(e)) {
			message += "; not retried: that is longer than the " + RetryAfter.format(maxRetryAfter)
					+ " this client waits";
		}
		if (attempts > 1) {
			message += " (gave up after " + attempts + " attempts)";
		}
		return message.equals(e.getMessage()) ? e : e.withMessage(message);
	}

	@Override
	public void close() {
		// the JDK client's resources go with it; the caches and limiters are plain memory
	}

	/** Name, base URL and header names; secret header values are redacted. */
	@Override
	public String toString() {
		StringJoiner h = new StringJoiner(", ", "{", "}");
		headers.forEach((k, v) -> h.add(k + "=" + (secretHeaders.contains(k) ? "<redacted>" : v)));
		return "UpstreamClient[" + name + " " + baseUrl + " headers=" + h + "]";
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The usual places an API puts a human-readable error: {@code message}, {@code error}, {@code detail}. */
	static String defaultErrorMessage(JsonNode body) {
		if (body.isTextual()) {
			return body.asText();
		}
		for (String field : new String[] { "message", "error", "detail", "title" }) {
			JsonNode n = body.path(field);
			if (n.isTextual() && !n.asText().isBlank()) {
				return n.asText();
			}
		}
		return "";
	}

	/**
	 * Configures an {@link UpstreamClient}; {@link #baseUrl} is required. Defaults: 10 s timeout, 3 attempts with
	 * 1 s exponential backoff, a circuit breaker opening after 5 server faults in a row for 30 s, single-flight on;
	 * no rate limits, no response cache, no metrics.
	 */
	public static final class Builder {

		private static final Set<String> ALWAYS_SECRET = Set.of("authorization", "proxy-authorization", "x-api-key",
				"cookie");

		private String name = "upstream";
		private String baseUrl;
		private final Map<String, String> headers = new LinkedHashMap<>();
		private final Set<String> secretHeaders = new HashSet<>();
		private String requestIdHeader = "X-Request-ID";
		private Duration defaultTimeout = Duration.ofSeconds(10);
		private final Map<String, Duration> timeouts = new LinkedHashMap<>();
		private HttpClient httpClient;
		private ObjectMapper mapper = McpJson.newMapper();
		private Function<JsonNode, String> errorMessage = UpstreamClient::defaultErrorMessage;
		private final Map<String, RateLimits.Spec> rateLimits = new LinkedHashMap<>();
		private RateLimits.Spec globalRateLimit;
		private Duration rateLimitWait = Duration.ZERO;
		private int maxAttempts = 3;
		private Duration initialBackoff = Duration.ofSeconds(1);
		private Duration maxBackoff = Duration.ofSeconds(10);
		private Duration maxRetryAfter = Duration.ofSeconds(30);
		private CircuitBreakerConfig breakerConfig = Breaker.config(5, Duration.ofSeconds(30));
		private boolean breakerFromThreshold = true;
		private boolean singleFlight = true;
		private Duration cacheTtl;
		private long cacheMaxEntries;
		private final Map<String, Duration> cacheTtls = new LinkedHashMap<>();
		private final Map<String, Set<String>> alsoInvalidates = new LinkedHashMap<>();
		private MeterRegistry meterRegistry;
		private Ticker ticker = Ticker.systemTicker();
		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/** Names the upstream in errors, metrics and logs; default {@code upstream}. */
		public Builder name(String name) {
			this.name = Objects.requireNonNull(name);
			return this;
		}

		/** The URL request paths are relative to, e.g. {@code https://api.stateset.io/v1}; required. */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = Objects.requireNonNull(baseUrl);
			return this;
		}

		/**
		 * A header sent on every call. Values of {@code Authorization}, {@code Proxy-Authorization},
		 * {@code X-API-Key} and {@code Cookie} are treated as secrets (see {@link #secretHeader}).
		 *
		 * @throws IllegalArgumentException if the JDK client would refuse the header (restricted or malformed)
		 */
		public Builder header(String name, String value) {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(value, "value");
			boolean secret = ALWAYS_SECRET.contains(name.toLowerCase(Locale.ROOT));
			checkHeader(name, value, secret);
			headers.put(name, value);
			if (secret) {
				secretHeaders.add(name);
			}
			return this;
		}

		/**
		 * A header sent on every call whose value is a secret: it never appears in {@code toString}, exception
		 * messages or logs.
		 *
		 * @throws IllegalArgumentException if the JDK client would refuse the header (restricted or malformed)
		 */
		public Builder secretHeader(String name, String value) {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(value, "value");
			checkHeader(name, value, true);
			headers.put(name, value);
			secretHeaders.add(name);
			return this;
		}

		/** Sends {@code Authorization: Bearer <token>}; the token never appears in {@code toString} or logs. */
		public Builder bearerToken(String token) {
			return secretHeader("Authorization", "Bearer " + Objects.requireNonNull(token, "token"));
		}

		/**
		 * The header carrying the request id, default {@code X-Request-ID}. Each call gets a fresh id; the retries of
		 * one call repeat it, so the upstream can recognise a request sent again.
		 */
		public Builder requestIdHeader(String header) {
			this.requestIdHeader = Objects.requireNonNull(header);
			return this;
		}

		/** The timeout of every call without a category-specific one; default 10 s. */
		public Builder timeout(Duration timeout) {
			this.defaultTimeout = positive("timeout", timeout);
			return this;
		}

		/** The timeout of calls of one category, e.g. {@code timeout("batch", Duration.ofSeconds(50))}. */
		public Builder timeout(String category, Duration timeout) {
			timeouts.put(Objects.requireNonNull(category, "category"), positive("timeout", timeout));
			return this;
		}

		/** How to find the human-readable message in an error body; default: message, error, detail or title. */
		public Builder errorMessage(Function<JsonNode, String> extractor) {
			this.errorMessage = Objects.requireNonNull(extractor);
			return this;
		}

		/** The mapper for request and response bodies; default {@code McpJson.newMapper()}. */
		public Builder jsonMapper(ObjectMapper mapper) {
			this.mapper = Objects.requireNonNull(mapper);
			return this;
		}

		/** The JDK client to send with, e.g. one with a proxy or an SSL context. */
		public Builder httpClient(HttpClient client) {
			this.httpClient = Objects.requireNonNull(client);
			return this;
		}

		/**
		 * A token bucket for the calls of one category, e.g. {@code rateLimit("read", 120, Duration.ofMinutes(1),
		 * 20)}: {@code permits} calls per {@code period} on average, at most {@code burst} at once. Each attempt of a
		 * call takes a permit. It is a Resilience4j {@code RateLimiter} with {@code limitForPeriod = burst} and
		 * {@code limitRefreshPeriod = period * burst / permits} (here 20 calls every 10 s). Categories without a limit
		 * are unlimited (but still draw from the {@link #globalRateLimit}). A call that gets no permit within
		 * {@link #rateLimitWait} fails with {@link UpstreamException.Kind#RATE_LIMITED}, naming the category and
		 * when a permit is expected.
		 *
		 * @throws IllegalArgumentException if permits or burst is below 1 or the period is not positive
		 */
		public Builder rateLimit(String category, int permits, Duration period, int burst) {
			rateLimits.put(Objects.requireNonNull(category, "category"),
					new RateLimits.Spec(permits, Objects.requireNonNull(period, "period"), burst));
			return this;
		}

		/**
		 * A token bucket every call draws from, after its category's (see {@link #rateLimit}); default none.
		 *
		 * @throws IllegalArgumentException if permits or burst is below 1 or the period is not positive
		 */
		public Builder globalRateLimit(int permits, Duration period, int burst) {
			this.globalRateLimit = new RateLimits.Spec(permits, Objects.requireNonNull(period, "period"), burst);
			return this;
		}

		/** How long a call may wait for a rate-limit permit before failing; default 0 (fail at once). */
		public Builder rateLimitWait(Duration wait) {
			this.rateLimitWait = notNegative("rateLimitWait", wait);
			return this;
		}

		/**
		 * Retries with exponential backoff (doubling from {@code initialBackoff} up to {@link #maxBackoff}) through a
		 * Resilience4j {@code Retry}; default 3 attempts from 1 s. Idempotent requests (GET, HEAD, PUT, DELETE) are
		 * retried on HTTP 408, 429, 500, 502, 503 and 504, network errors and timeouts; POST and PATCH only on 408,
		 * 429 and failures to connect (nothing was sent). On 429 and 503 a {@code Retry-After} (seconds or HTTP-date)
		 * replaces the backoff, up to {@link #maxRetryAfter}. {@code maxAttempts} 1 means no retry.
		 *
		 * @throws IllegalArgumentException if maxAttempts is below 1 or the backoff is shorter than 1 ms
		 */
		public Builder retry(int maxAttempts, Duration initialBackoff) {
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + maxAttempts);
			}
			if (Objects.requireNonNull(initialBackoff, "initialBackoff").toMillis() < 1) {
				throw new IllegalArgumentException("initialBackoff must be at least 1 ms, but was " + initialBackoff);
			}
			this.maxAttempts = maxAttempts;
			this.initialBackoff = initialBackoff;
			return this;
		}

		/** Sends every call once: the same as {@code retry(1, ...)}. */
		public Builder noRetry() {
			this.maxAttempts = 1;
			return this;
		}

		/** The longest backoff between two attempts; default 10 s. */
		public Builder maxBackoff(Duration maxBackoff) {
			this.maxBackoff = positive("maxBackoff", maxBackoff);
			return this;
		}

		/**
		 * The longest {@code Retry-After} the client waits for before retrying; default 30 s. When the upstream asks
		 * for more, the call fails at once and the exception's {@code retryAfter()} says how long to wait.
		 */
		public Builder maxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = notNegative("maxRetryAfter", maxRetryAfter);
			return this;
		}

		/**
		 * A circuit breaker that opens when the last {@code failureThreshold} calls were all server faults (5xx,
		 * network errors, timeouts) and then refuses calls for {@code openFor} with
		 * {@link UpstreamException.Kind#CIRCUIT_OPEN}, before letting 3 trial calls through (half-open): a server
		 * fault among them opens it again, 3 successes close it. 4xx answers count as successes and local rate-limit
		 * refusals not at all. A Resilience4j {@code CircuitBreaker} with a count-based window of
		 * {@code failureThreshold} calls and a failure-rate threshold of 100 %. Default
		 * {@code circuitBreaker(5, 30 s)}.
		 *
		 * @throws IllegalArgumentException if failureThreshold is below 1 or openFor is not positive
		 */
		public Builder circuitBreaker(int failureThreshold, Duration openFor) {
			this.breakerConfig = Breaker.config(failureThreshold, positive("openFor", openFor));
			this.breakerFromThreshold = true;
			return this;
		}

		/**
		 * A circuit breaker with a Resilience4j config of your own (window, thresholds, half-open calls, wait). Which
		 * failures count is still the client's: server faults are recorded, rate-limit refusals ignored, the rest
		 * are successes; the config's own record/ignore settings are replaced.
		 */
		public Builder circuitBreaker(CircuitBreakerConfig config) {
			this.breakerConfig = Objects.requireNonNull(config, "config");
			this.breakerFromThreshold = false;
			return this;
		}

		/** No circuit breaker. */
		public Builder noCircuitBreaker() {
			this.breakerConfig = null;
			return this;
		}

		/**
		 * Whether identical concurrent reads (same method and URL with query; the other headers are the client's
		 * own) share one exchange and its outcome; default true.
		 */
		public Builder singleFlight(boolean enabled) {
			this.singleFlight = enabled;
			return this;
		}

		/**
		 * Caches 2xx answers to GET (and HEAD) in a Caffeine cache of at most {@code maxEntries}, each for its
		 * resource's TTL ({@link #cacheTtl}) or {@code defaultTtl}. A write to a resource drops its entries. Hits
		 * come back with {@code cached()} true and {@code attempts()} 0. Default: no cache.
		 *
		 * @throws IllegalArgumentException if defaultTtl is negative or maxEntries below 1
		 */
		public Builder cache(Duration defaultTtl, long maxEntries) {
			if (maxEntries < 1) {
				throw new IllegalArgumentException("maxEntries must be at least 1, but was " + maxEntries);
			}
			this.cacheTtl = notNegative("defaultTtl", defaultTtl);
			this.cacheMaxEntries = maxEntries;
			return this;
		}

		/**
		 * The TTL of one resource's cached answers (resource as in {@link UpstreamRequest#resource()}, by default
		 * the first path segment), e.g. {@code cacheTtl("shipments", Duration.ofSeconds(60))}; {@link Duration#ZERO}
		 * means not cached. Needs {@link #cache}.
		 */
		public Builder cacheTtl(String resource, Duration ttl) {
			cacheTtls.put(Objects.requireNonNull(resource, "resource"), notNegative("ttl", ttl));
			return this;
		}

		/**
		 * Writes to {@code resource} also drop the cached answers of {@code dependents}: for APIs whose writes change
		 * other entities, e.g. {@code cacheDependency("shipments", "orders")} when shipping moves the order's status.
		 * Needs {@link #cache}.
		 */
		public Builder cacheDependency(String resource, String... dependents) {
			Set<String> set = alsoInvalidates.computeIfAbsent(Objects.requireNonNull(resource, "resource"),
					r -> new java.util.LinkedHashSet<>());
			set.addAll(List.of(dependents));
			return this;
		}

		/**
		 * Publishes metrics: the timer {@code mcpforge.upstream.requests} (tags upstream, method, category, outcome:
		 * {@code 2xx}, {@code 4xx}, {@code 5xx}, {@code cached}, {@code timeout}, {@code network},
		 * {@code rate_limited}, {@code circuit_open}), the counters {@code mcpforge.upstream.retries} and
		 * {@code mcpforge.upstream.singleflight.joins}, Resilience4j's circuit breaker and rate limiter meters and
		 * Caffeine's cache meters. Default: none.
		 */
		public Builder meterRegistry(MeterRegistry registry) {
			this.meterRegistry = Objects.requireNonNull(registry, "registry");
			return this;
		}

		/** The cache's time source, for tests. */
		Builder ticker(Ticker ticker) {
			this.ticker = Objects.requireNonNull(ticker);
			return this;
		}

		/** The clock {@code Retry-After} dates are read against, for tests. */
		Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock);
			return this;
		}

		/**
		 * @throws NullPointerException  if no base URL was set
		 * @throws IllegalStateException if {@link #cacheTtl} was set without {@link #cache}, or {@link #maxBackoff}
		 *                               is shorter than the initial backoff
		 */
		public UpstreamClient build() {
			Objects.requireNonNull(baseUrl, "baseUrl is required");
			if (maxAttempts > 1 && maxBackoff.compareTo(initialBackoff) < 0) {
				throw new IllegalStateException("maxBackoff (" + maxBackoff + ") is shorter than the initial backoff ("
						+ initialBackoff + ")");
			}
			if (cacheTtl == null && !cacheTtls.isEmpty()) {
				throw new IllegalStateException(
						"cacheTtl was set for " + cacheTtls.keySet() + " but the cache is off; call cache(defaultTtl, maxEntries)");
			}
			return new UpstreamClient(this);
		}

		private static void checkHeader(String name, String value, boolean secret) {
			try {
				HttpRequest.newBuilder(URI.create("http://localhost/")).header(name, value);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("header " + name + " is not allowed or has an invalid "
						+ (secret ? "value" : "value: " + value));
			}
		}

		private static Duration positive(String what, Duration d) {
			Objects.requireNonNull(d, what);
			if (d.isNegative() || d.isZero()) {
				throw new IllegalArgumentException(what + " must be positive, but was " + d);
			}
			return d;
		}

		private static Duration notNegative(String what, Duration d) {
			Objects.requireNonNull(d, what);
			if (d.isNegative()) {
				throw new IllegalArgumentException(what + " must not be negative, but was " + d);
			}
			return d;
		}
	}
}
