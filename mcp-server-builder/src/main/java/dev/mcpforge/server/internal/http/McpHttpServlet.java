package dev.mcpforge.server.internal.http;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;

/**
 * mcpforge's MCP endpoint as one servlet: the {@link JsonRpcErrorFilter}'s checks in front of an
 * {@link McpEndpoint}, so a servlet application of any kind (Jetty, Tomcat, Undertow) mounts
 * mcpforge with one registration. It must be registered with async support (GET streams).
 */
public final class McpHttpServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient JsonRpcErrorFilter filter;

	private final transient McpEndpoint endpoint;

	private final transient Runnable onDestroy;

	public McpHttpServlet(McpEndpoint endpoint, HttpServingOptions options, Runnable onDestroy) {
		this.filter = new JsonRpcErrorFilter(options, endpoint);
		this.endpoint = endpoint;
		this.onDestroy = onDestroy;
	}

	/** The checks in front of the endpoint (graceful stop, open streams, cancellations). */
	public JsonRpcErrorFilter filter() {
		return filter;
	}

	@Override
	public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
		// the endpoint answers everything that passes the checks; the chain is never reached for HTTP
		filter.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).sendError(404));
	}

	@Override
	public void destroy() {
		filter.beginShutdown();
		endpoint.closeGracefully().block();
		onDestroy.run();
		super.destroy();
	}

}
