package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Health probes, mounted at {@code /health/*}: {@code GET /health/live} answers 200
 * {@code {"status":"UP"}} whenever the server answers at all; {@code GET /health/ready}
 * answers 200 {@code {"status":"UP"}} when the readiness supplier says so, else 503
 * {@code {"status":"DOWN"}} (while starting or stopping). Anything else under
 * {@code /health} is 404.
 */
final class HealthServlet extends HttpServlet {

	private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

	private static final byte[] DOWN = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8);

	private final transient BooleanSupplier ready;

	HealthServlet(BooleanSupplier ready) {
		this.ready = ready;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo();
		if ("/live".equals(path)) {
			write(response, 200, UP);
		}
		else if ("/ready".equals(path)) {
			boolean up = ready.getAsBoolean();
			write(response, up ? 200 : 503, up ? UP : DOWN);
		}
		else {
			response.sendError(404);
		}
	}

	private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("application/json");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
