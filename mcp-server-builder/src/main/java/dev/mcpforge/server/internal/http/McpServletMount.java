package dev.mcpforge.server.internal.http;

import java.util.EnumSet;
import java.util.Objects;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * Mounts an SDK MCP servlet behind a {@link JsonRpcErrorFilter} into a Jetty
 * {@link ServletContextHandler}: the servlet and the filter both at
 * {@link HttpServingOptions#endpoint()}, both async-supported (the SDK's SSE responses
 * need it). Lets an existing servlet application serve mcpforge's endpoint itself.
 *
 * <p>
 * The servlet's own endpoint setting ({@code mcpEndpoint} / {@code messageEndpoint}) must
 * match {@code options.endpoint()}: the SDK answers 404 unless the request URI ends with
 * it. {@link HttpTransports} builds servlets that do.
 */
public final class McpServletMount {

	private McpServletMount() {
	}

	/**
	 * Adds {@code servlet} and a new filter at {@code options.endpoint()} of
	 * {@code context}; returns the filter (for {@link JsonRpcErrorFilter#beginShutdown()}).
	 */
	public static JsonRpcErrorFilter mount(ServletContextHandler context, HttpServlet servlet,
			HttpServingOptions options) {
		return mount(context, servlet, new JsonRpcErrorFilter(options));
	}

	/** Adds {@code servlet} behind the given {@code filter} at the filter's endpoint. */
	public static JsonRpcErrorFilter mount(ServletContextHandler context, HttpServlet servlet,
			JsonRpcErrorFilter filter) {
		Objects.requireNonNull(context, "context");
		Objects.requireNonNull(servlet, "servlet");
		String path = filter.options().endpoint();

		ServletHolder servletHolder = new ServletHolder("mcpforge-mcp", servlet);
		servletHolder.setAsyncSupported(true);
		context.addServlet(servletHolder, path);

		FilterHolder filterHolder = new FilterHolder(filter);
		filterHolder.setName("mcpforge-jsonrpc-errors");
		filterHolder.setAsyncSupported(true);
		context.addFilter(filterHolder, path, EnumSet.of(DispatcherType.REQUEST));
		return filter;
	}

	/**
	 * A new context at {@code contextPath} (e.g. {@code "/"}) with {@code servlet} mounted,
	 * and JSON error pages without stack traces for everything else in it.
	 */
	public static ServletContextHandler newContext(String contextPath, HttpServlet servlet, HttpServingOptions options) {
		ServletContextHandler context = new ServletContextHandler(contextPath);
		context.setErrorHandler(new JsonErrorHandler());
		mount(context, servlet, options);
		return context;
	}

}
