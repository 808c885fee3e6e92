package dev.mcpforge.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A fake of the HTTP API a tool adapter calls, on WireMock (the shaded standalone jar, which
 * keeps its own Jetty out of the way of mcpforge's). Listens on {@code 127.0.0.1} on a free
 * port; records every request; offers one-line failures (status codes, 429 with
 * {@code Retry-After}, slow answers, dropped connections, first-N failures) for resilience
 * tests. WireMock's full DSL stays available through {@link #stubFor} and {@link #wireMock()}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeUpstream shop = FakeUpstream.create();
 *
 * @Test
 * void looksUpAnOrder() {
 *     shop.stubFor(get("/orders/42").willReturn(okJson("{\"id\":42,\"status\":\"shipped\"}")));
 *     ... call the tool, whose client points at shop.baseUrl() ...
 *     assertThat(shop.requests()).extracting(RecordedRequest::path).containsExactly("/orders/42");
 * }
 * }</pre>
 *
 * As a JUnit extension it starts before the first test ({@code static} field) or before each
 * test (instance field) and stops after; stubs and recorded requests are reset after every
 * test, so set stubs in the test or in {@code @BeforeEach}. Without JUnit:
 * {@code try (FakeUpstream up = FakeUpstream.create().start()) { ... }}.
 */
public final class FakeUpstream
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, AutoCloseable {

	private final WireMockServer server;

	private boolean startedForClass;

	private FakeUpstream(WireMockServer server) {
		this.server = server;
	}

	/** A fake on a free port of 127.0.0.1, not started yet. */
	public static FakeUpstream create() {
		return new FakeUpstream(new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.bindAddress("127.0.0.1")));
	}

	/** Starts listening (no-op if already running). */
	public FakeUpstream start() {
		if (!server.isRunning()) {
			server.start();
		}
		return this;
	}

	/** {@code http://127.0.0.1:PORT}, without a trailing slash. */
	public String baseUrl() {
		requireRunning();
		return server.baseUrl();
	}

	/** The URI of {@code path} on this fake, e.g. {@code uri("/orders/42")}. */
	public URI uri(String path) {
		return URI.create(baseUrl() + (path.startsWith("/") ? path : "/" + path));
	}

	public int port() {
		requireRunning();
		return server.port();
	}

	// ---- stubbing ----

	/** Adds a WireMock stub, e.g. {@code stubFor(get("/x").willReturn(okJson("{}")))}. */
	public StubMapping stubFor(MappingBuilder stub) {
		return server.stubFor(stub);
	}

	/** Answers {@code method path} with {@code status} and a JSON body. */
	public FakeUpstream respondJson(String method, String path, int status, String json) {
		server.stubFor(request(method, urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(json)));
		return this;
	}

	/** Answers {@code method path} with this status and an empty body (e.g. 500, 503, 404). */
	public FakeUpstream failWith(String method, String path, int status) {
		server.stubFor(request(method, urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
		return this;
	}

	/** Answers {@code method path} with 429 Too Many Requests and {@code Retry-After} in seconds. */
	public FakeUpstream rateLimit(String method, String path, Duration retryAfter) {
		server.stubFor(request(method, urlPathEqualTo(path)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", String.valueOf(retryAfter.toSeconds()))));
		return this;
	}

	/** Answers {@code method path} only after {@code delay}, with a JSON body. */
	public FakeUpstream respondSlowly(String method, String path, Duration delay, String json) {
		server.stubFor(request(method, urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(json)
			.withFixedDelay((int) delay.toMillis())));
		return this;
	}

	/** Resets the connection on {@code method path} without answering. */
	public FakeUpstream dropConnection(String method, String path) {
		server.stubFor(request(method, urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		return this;
	}

	/**
	 * The first {@code n} requests to {@code method path} get {@code status}; later ones fall
	 * through to the other stubs. For retry tests.
	 */
	public FakeUpstream failFirst(int n, String method, String path, int status) {
		String scenario = "fail-first " + method + " " + path;
		for (int i = 0; i < n; i++) {
			server.stubFor(request(method, urlPathEqualTo(path)).inScenario(scenario)
				.whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
				.willSetStateTo("failed-" + (i + 1))
				.willReturn(aResponse().withStatus(status)));
		}
		return this;
	}

	// ---- what happened ----

	/** Every request received, oldest first. */
	public List<RecordedRequest> requests() {
		List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
		java.util.Collections.reverse(events);
		return events.stream().map(e -> recorded(e.getRequest())).toList();
	}

	/** The requests with this method and path, oldest first. */
	public List<RecordedRequest> requests(String method, String path) {
		return requests().stream()
			.filter(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path))
			.toList();
	}

	/** WireMock verification, e.g. {@code verify(2, getRequestedFor(urlEqualTo("/x")))}. */
	public void verify(int count, RequestPatternBuilder pattern) {
		server.verify(count, pattern);
	}

	/** The WireMock server, for anything else. */
	public WireMockServer wireMock() {
		return server;
	}

	/** Forgets stubs, scenarios and recorded requests. */
	public void reset() {
		server.resetAll();
	}

	/** Stops listening. */
	@Override
	public void close() {
		if (server.isRunning()) {
			server.stop();
		}
	}

	// ---- JUnit ----

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
		startedForClass = true;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		reset();
		if (!startedForClass) {
			close();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
		startedForClass = false;
	}

	private void requireRunning() {
		if (!server.isRunning()) {
			throw new IllegalStateException("FakeUpstream is not running: register it with @RegisterExtension, or call"
					+ " start() first");
		}
	}

	private static RecordedRequest recorded(LoggedRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.getHeaders().all().forEach(h -> headers.put(h.key().toLowerCase(Locale.ROOT), List.copyOf(h.values())));
		return new RecordedRequest(request.getMethod().getName(), request.getUrl(), headers, request.getBodyAsString());
	}

}
