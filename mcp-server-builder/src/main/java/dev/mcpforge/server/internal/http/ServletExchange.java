package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Principal;
import java.util.Enumeration;
import java.util.Locale;
import java.util.function.BiConsumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A servlet container's request and response ({@link McpHttpServlet}, mounted in an application). */
final class ServletExchange extends HttpExchange {

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private AsyncContext async;

	ServletExchange(HttpServletRequest request, HttpServletResponse response) {
		this.request = request;
		this.response = response;
	}

	@Override
	public String method() {
		return request.getMethod();
	}

	@Override
	public String header(String name) {
		return request.getHeader(name);
	}

	@Override
	void forEachHeader(BiConsumer<String, String> action) {
		Enumeration<String> names = request.getHeaderNames();
		while (names != null && names.hasMoreElements()) {
			String name = names.nextElement();
			String lowerCase = name.toLowerCase(Locale.ROOT);
			Enumeration<String> values = request.getHeaders(name);
			while (values != null && values.hasMoreElements()) {
				action.accept(lowerCase, values.nextElement());
			}
		}
	}

	@Override
	long contentLength() {
		return request.getContentLengthLong();
	}

	@Override
	String characterEncoding() {
		return request.getCharacterEncoding();
	}

	@Override
	InputStream body() throws IOException {
		return request.getInputStream();
	}

	@Override
	String remoteAddress() {
		return request.getRemoteAddr();
	}

	@Override
	Principal containerPrincipal() {
		return request.getUserPrincipal();
	}

	@Override
	void status(int status) {
		response.setStatus(status);
	}

	@Override
	void responseHeader(String name, String value) {
		response.setHeader(name, value);
	}

	@Override
	String responseHeader(String name) {
		return response.getHeader(name);
	}

	@Override
	boolean committed() {
		return response.isCommitted();
	}

	@Override
	void reset() {
		response.reset();
	}

	/** Sized, so the answer is written out before the servlet returns (see {@link #whenOver}). */
	@Override
	void send(int status, String contentType, byte[] body) throws IOException {
		response.setStatus(status);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	@Override
	OutputStream openOutput() throws IOException {
		return response.getOutputStream();
	}

	@Override
	void flush() throws IOException {
		response.flushBuffer();
	}

	@Override
	void keepOpen() {
		async = request.startAsync();
		async.setTimeout(0);
	}

	@Override
	void complete() {
		try {
			async.complete();
		}
		catch (IllegalStateException alreadyOver) {
			// completed by the container (client gone, server stopping)
		}
	}

	/**
	 * A servlet cannot learn when the container has finished its response, so one that is not kept
	 * open is written out first: a graceful stop that waits for the request to be over must not
	 * close the connection under an answer still in the container's buffer.
	 */
	@Override
	void whenOver(Runnable action) {
		if (async != null) {
			AsyncEnd.whenOver(async, action);
			return;
		}
		try {
			if (!response.isCommitted()) {
				response.setContentLength(0);
			}
			response.flushBuffer();
		}
		catch (IOException | IllegalStateException e) {
			// the client is gone: nothing left to write
		}
		action.run();
	}

}
