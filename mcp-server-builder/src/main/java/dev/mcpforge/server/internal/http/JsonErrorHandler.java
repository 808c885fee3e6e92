package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty error handler that answers every error Jetty itself produces (unknown path, bad
 * HTTP, rejected during shutdown, servlet errors outside the MCP filter) with a JSON-RPC
 * error envelope instead of an HTML page, and never with a stack trace or exception text.
 * Install it on the {@code Server} and on servlet contexts.
 */
public final class JsonErrorHandler extends ErrorHandler {

	public JsonErrorHandler() {
		setShowStacks(false);
		setShowCauses(false);
		setShowMessageInTitle(false);
		setDefaultResponseMimeType("application/json");
	}

	@Override
	public boolean errorPageForMethod(String method) {
		return true;
	}

	@Override
	protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
			Callback callback) throws IOException {
		if (HttpStatus.hasNoBody(code)) {
			callback.succeeded();
			return;
		}
		// the message may come from an exception: keep only harmless ones
		// not the MCP endpoint, so a 404 here is an unknown path, not an unknown session
		String safe = code == 404 ? "Not Found" : JsonRpcErrors.messageFor(code, message);
		int jsonRpcCode = code == 404 ? JsonRpcErrors.SERVER_ERROR : JsonRpcErrors.codeFor(code, null);
		byte[] body = JsonRpcErrors.envelope(null, jsonRpcCode, safe);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
		response.write(true, ByteBuffer.wrap(body), callback);
	}

}
