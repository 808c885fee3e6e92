package dev.mcpforge.server.internal.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * mcpforge's MCP endpoint as one servlet: the {@link McpRequestGuard}'s checks in front of an
 * {@link McpEndpoint}, so a servlet application of any kind (Jetty, Tomcat, Undertow) mounts
 * mcpforge with one registration. It must be registered with async support (GET streams).
 */
public final class McpHttpServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient McpRequestGuard guard;

	private final transient McpEndpoint endpoint;

	private final transient Runnable onDestroy;

	public McpHttpServlet(McpEndpoint endpoint, HttpServingOptions options, Runnable onDestroy) {
		this.guard = new McpRequestGuard(options, endpoint);
		this.endpoint = endpoint;
		this.onDestroy = onDestroy;
	}

	/** The checks in front of the endpoint (graceful stop, open streams, cancellations). */
	public McpRequestGuard guard() {
		return guard;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		guard.service(new ServletExchange(request, response));
	}

	@Override
	public void destroy() {
		guard.beginShutdown();
		endpoint.closeGracefully().block();
		onDestroy.run();
		super.destroy();
	}

}
