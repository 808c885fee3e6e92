package dev.mcpforge.adapters.stateset.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.mcpforge.adapters.stateset.sandbox.internal.EntityFamilies;
import dev.mcpforge.adapters.stateset.sandbox.internal.EntityStore;
import dev.mcpforge.adapters.stateset.sandbox.internal.FaultPlan;
import dev.mcpforge.adapters.stateset.sandbox.internal.RateWindow;
import dev.mcpforge.adapters.stateset.sandbox.internal.SandboxHandler;
import dev.mcpforge.adapters.stateset.sandbox.internal.SeedData;
import dev.mcpforge.core.McpJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded, stateful fake of the StateSet REST API on the JDK's HTTP server, bound to 127.0.0.1 only.
 *
 * <pre>{@code
 * try (StateSetSandbox sandbox = StateSetSandbox.builder().build().start()) {
 *     String baseUrl = sandbox.baseUrl();          // http://127.0.0.1:<port>/api/v1 — use as STATESET_BASE_URL
 *     sandbox.faults().failNext(2, 503);            // the next two requests fail
 *     ...
 *     sandbox.requestCount("GET", "/api/v1/orders/ORD-1");
 * }
 * }</pre>
 * Every family of the entity table is served under the base path (see {@code docs/adapters/stateset.md}).
 */
public final class StateSetSandbox implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(StateSetSandbox.class);

	/** The key {@link Builder#apiKey(String)} suggests for tests; by default any non-empty key is accepted. */
	public static final String SANDBOX_API_KEY = "sk_sandbox_stateset";

	static {
		// The JDK server writes headers and body separately; without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms
		// to every response. Read once, when the JDK's server config class loads; an explicit setting wins.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final Builder config;
	private final EntityStore store;
	private final FaultPlan faultPlan = new FaultPlan();
	private final Faults faults = new Faults(faultPlan);
	private final ConcurrentLinkedQueue<RecordedRequest> recorded = new ConcurrentLinkedQueue<>();
	private HttpServer server;
	private ExecutorService executor;

	private StateSetSandbox(Builder config) {
		this.config = config;
		this.store = new EntityStore(McpJson.newMapper(), EntityFamilies.all());
		if (config.seed) {
			SeedData.load(store);
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Binds 127.0.0.1 (port 0 picks a free one) and starts serving; returns {@code this}. */
	public synchronized StateSetSandbox start() {
		if (server != null) {
			throw new IllegalStateException("already started");
		}
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port), 0);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot bind the StateSet sandbox on 127.0.0.1:" + config.port, e);
		}
		AtomicInteger n = new AtomicInteger();
		executor = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "stateset-sandbox-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(executor);
		server.createContext("/", new SandboxHandler(config.basePath,
				new SandboxHandler.AuthConfig(config.apiKey, config.readOnlyApiKey), store, faultPlan,
				new RateWindow(config.rateLimitPerMinute), recorded::add));
		server.start();
		LOG.info("StateSet sandbox listening on {}", baseUrl());
		return this;
	}

	/** Stops the server at once; the state is kept, so {@link #start()} is not supported again. */
	@Override
	public synchronized void close() {
		if (server != null) {
			server.stop(0);
			executor.shutdownNow();
			LOG.info("StateSet sandbox on port {} stopped", server.getAddress().getPort());
		}
	}

	/** The address the server is bound to (always a loopback address). */
	public InetSocketAddress address() {
		return requireStarted().getAddress();
	}

	public int port() {
		return address().getPort();
	}

	/** {@code http://127.0.0.1:<port><basePath>}, the value for {@code STATESET_BASE_URL}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + config.basePath;
	}

	public String basePath() {
		return config.basePath;
	}

	public Faults faults() {
		return faults;
	}

	/** Every request received so far, oldest first (including faulted and rejected ones). */
	public List<RecordedRequest> requests() {
		return List.copyOf(recorded);
	}

	/** How many requests had this method and exactly this path (query excluded), e.g. {@code ("GET", "/api/v1/orders/ORD-1")}. */
	public long requestCount(String method, String path) {
		return recorded.stream().filter(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path)).count();
	}

	/** How many requests had exactly this path, any method. */
	public long requestCount(String path) {
		return recorded.stream().filter(r -> r.path().equals(path)).count();
	}

	public void clearRequests() {
		recorded.clear();
	}

	/** A copy of a stored entity, for assertions that must not go through HTTP (and so are neither recorded nor faulted). */
	public Optional<JsonNode> entity(String family, String id) {
		return store.find(family, id).map(e -> (JsonNode) store.get(family, id));
	}

	/** Drops all state and recorded requests, clears the faults, and loads the seed again when seeding is on. */
	public void reset() {
		store.clear();
		if (config.seed) {
			SeedData.load(store);
		}
		faults.clear();
		recorded.clear();
	}

	private HttpServer requireStarted() {
		if (server == null) {
			throw new IllegalStateException("the sandbox is not started");
		}
		return server;
	}

	/** Configuration; every setting has a default. */
	public static final class Builder {
		private int port;
		private String basePath = "/api/v1";
		private String apiKey;
		private String readOnlyApiKey;
		private boolean seed = true;
		private int rateLimitPerMinute = 10_000;

		private Builder() {
		}

		/** Port on 127.0.0.1; default 0, a free port. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** Base path of the API; default {@code /api/v1}. */
		public Builder basePath(String basePath) {
			String p = Objects.requireNonNull(basePath).trim();
			p = p.startsWith("/") ? p : "/" + p;
			this.basePath = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
			return this;
		}

		/** Accept only this key (as Bearer token or X-API-Key); default: any non-empty key. */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/** A key that may read but gets 403 on every write. */
		public Builder readOnlyApiKey(String key) {
			this.readOnlyApiKey = key;
			return this;
		}

		/** Load the seed catalogue; default true. */
		public Builder seed(boolean seed) {
			this.seed = seed;
			return this;
		}

		/** The sandbox's own per-key limit behind the X-RateLimit-* headers; default 10 000 a minute. */
		public Builder rateLimitPerMinute(int limit) {
			if (limit < 1) {
				throw new IllegalArgumentException("limit must be at least 1");
			}
			this.rateLimitPerMinute = limit;
			return this;
		}

		public StateSetSandbox build() {
			return new StateSetSandbox(this);
		}
	}
}
