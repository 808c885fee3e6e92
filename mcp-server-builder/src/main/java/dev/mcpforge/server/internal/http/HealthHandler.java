package dev.mcpforge.server.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Health probes: {@code GET /health/live} answers 200 {@code {"status":"UP"}} whenever the server
 * answers at all; {@code GET /health/ready} answers 200 {@code {"status":"UP"}} when the readiness
 * supplier says so, else 503 {@code {"status":"DOWN"}} (while starting or stopping). Other methods
 * get 405; other paths are not handled here (404 unless an extra route serves them).
 */
final class HealthHandler extends Handler.Abstract.NonBlocking {

	private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

	private static final byte[] DOWN = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8);

	private final BooleanSupplier ready;

	HealthHandler(BooleanSupplier ready) {
		this.ready = ready;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		String path = Request.getPathInContext(request);
		boolean live = "/health/live".equals(path);
		if (!live && !"/health/ready".equals(path)) {
			return false;
		}
		if (!"GET".equals(request.getMethod())) {
			response.getHeaders().put(HttpHeader.ALLOW, "GET");
			Response.writeError(request, response, callback, 405);
			return true;
		}
		boolean up = live || ready.getAsBoolean();
		byte[] body = up ? UP : DOWN;
		response.setStatus(up ? 200 : 503);
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
		response.write(true, ByteBuffer.wrap(body), callback);
		return true;
	}

}
