package dev.mcpforge.middleware.metrics;

import java.io.IOException;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves a {@link PrometheusMeterRegistry}'s scrape in the Prometheus text format on GET. Mount it
 * next to the MCP endpoint:
 *
 * <pre>{@code
 * server.serveHttp(http -> http.port(8080).route("/metrics", new PrometheusScrapeServlet(prometheus)));
 * }</pre>
 *
 * or in your own servlet container. The servlet API is a {@code provided} dependency.
 */
public final class PrometheusScrapeServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	/** Prometheus text exposition format 0.0.4. */
	public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

	private final transient PrometheusMeterRegistry registry;

	public PrometheusScrapeServlet(PrometheusMeterRegistry registry) {
		this.registry = java.util.Objects.requireNonNull(registry, "registry");
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(CONTENT_TYPE);
		response.setHeader("Cache-Control", "no-store");
		response.getWriter().write(registry.scrape());
	}

}
