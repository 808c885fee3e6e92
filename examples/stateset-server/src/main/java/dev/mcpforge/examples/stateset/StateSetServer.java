package dev.mcpforge.examples.stateset;

import dev.mcpforge.adapters.stateset.StateSet;
import dev.mcpforge.adapters.stateset.sandbox.StateSetSandbox;
import dev.mcpforge.middleware.MiddlewareConfig;
import dev.mcpforge.middleware.metrics.PrometheusScrapeServlet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.McpServerBuilder;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The StateSet commerce server: {@code java -jar stateset-server.jar} (stdio) or {@code --http [--port N]}. With
 * {@code STATESET_API_KEY} set it talks to the real API ({@code STATESET_BASE_URL}); without, to an embedded sandbox
 * of it, seeded with demo data. Over HTTP, {@code /metrics} serves Prometheus metrics of the MCP requests and of the
 * calls to StateSet.
 */
public final class StateSetServer {

	private static final Logger log = LoggerFactory.getLogger(StateSetServer.class);

	private StateSetServer() {
	}

	public static void main(String[] args) {
		Map<String, String> env = System.getenv();
		StateSet.Builder stateset = StateSet.builder().fromEnvironment(env);
		StateSetSandbox sandbox = null;
		try {
			if (isBlank(env.get("STATESET_API_KEY"))) {
				sandbox = StateSetSandbox.builder().build().start();
				stateset.baseUrl(sandbox.baseUrl()).apiKey(StateSetSandbox.SANDBOX_API_KEY);
				log.warn("STATESET_API_KEY is not set: serving the embedded StateSet sandbox at {} "
						+ "(demo data, kept in memory until the server stops)", sandbox.baseUrl());
			}
			PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
			server(stateset.meterRegistry(metrics).build(), env, metrics)
					.run(http -> http.route("/metrics", new PrometheusScrapeServlet(metrics)), args);
		}
		finally {
			// the sandbox's HTTP server thread would keep the JVM alive after a bad argument or a training run
			if (sandbox != null) {
				sandbox.close();
			}
		}
	}

	/**
	 * The server around an adapter: request metrics into {@code metrics}, and the middleware built-ins the
	 * {@code MCPFORGE_*} variables switch on.
	 */
	static McpServer server(StateSet stateset, Map<String, String> env, MeterRegistry metrics) {
		McpServerBuilder server = stateset.addTo(McpServer.builder()
				.name("stateset").version("0.1.0")
				.instructions("StateSet commerce: orders, returns, inventory, fulfilment, manufacturing. "
						+ "Get the stateset-server-prompt prompt for the tool groups and best practices."));
		MiddlewareConfig.fromEnvironment(env).interceptors(metrics).forEach(server::intercept);
		return server.build();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
