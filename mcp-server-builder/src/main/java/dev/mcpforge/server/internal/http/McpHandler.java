package dev.mcpforge.server.internal.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * mcpforge's MCP endpoint on Jetty's core API, for the embedded server ({@link JettyMcpServer}):
 * the {@link McpRequestGuard}'s checks in front of an {@link McpEndpoint} at exactly one path,
 * without the servlet layer ({@link McpHttpServlet} is the same for servlet applications).
 */
final class McpHandler extends Handler.Abstract {

	private final McpRequestGuard guard;

	private final String path;

	McpHandler(McpRequestGuard guard) {
		this.guard = guard;
		this.path = guard.options().endpoint();
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		if (!path.equals(Request.getPathInContext(request))) {
			return false;
		}
		CoreExchange exchange = new CoreExchange(request, response, callback);
		try {
			guard.service(exchange);
		}
		catch (Throwable failure) {
			// the guard answers what it can; this is the client gone or a bug: Jetty's error handler answers
			exchange.fail(failure);
			return true;
		}
		exchange.finish();
		return true;
	}

}
