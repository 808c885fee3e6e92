package dev.mcpforge.server.internal.http;

import java.io.IOException;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;

/**
 * One servlet that carries both the {@link JsonRpcErrorFilter} and the SDK's MCP servlet, so a
 * servlet application of any kind (Jetty, Tomcat, Undertow) mounts mcpforge with one
 * registration. It must be registered with async support.
 */
public final class McpHttpServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient JsonRpcErrorFilter filter;

	private final HttpServlet delegate;

	private final transient Runnable onDestroy;

	public McpHttpServlet(HttpServlet sdkServlet, HttpServingOptions options, Runnable onDestroy) {
		this.filter = new JsonRpcErrorFilter(options);
		this.delegate = sdkServlet;
		this.onDestroy = onDestroy;
	}

	@Override
	public void init(ServletConfig config) throws ServletException {
		super.init(config);
		delegate.init(config);
	}

	@Override
	public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
		filter.doFilter(request, response, delegate::service);
	}

	@Override
	public void destroy() {
		filter.beginShutdown();
		delegate.destroy();
		onDestroy.run();
		super.destroy();
	}

}
