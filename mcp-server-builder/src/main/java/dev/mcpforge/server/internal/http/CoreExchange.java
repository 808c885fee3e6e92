package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * A request on Jetty's core API ({@link McpHandler}): no servlet layer in between. A complete
 * answer ({@link #send}) is written once the handling returns ({@link #finish()}), without
 * blocking the thread; an event stream is written blocking, event by event.
 */
final class CoreExchange extends HttpExchange {

	private final Request request;

	private final Response response;

	private final Callback callback;

	private final AtomicBoolean over = new AtomicBoolean();

	private final List<Runnable> whenOver = new ArrayList<>(2);

	private InputStream body;

	private ByteBuffer pending;

	private boolean open;

	CoreExchange(Request request, Response response, Callback callback) {
		this.request = request;
		this.response = response;
		this.callback = callback;
	}

	@Override
	public String method() {
		return request.getMethod();
	}

	@Override
	public String header(String name) {
		return request.getHeaders().get(name);
	}

	@Override
	void forEachHeader(BiConsumer<String, String> action) {
		for (HttpField field : request.getHeaders()) {
			action.accept(field.getLowerCaseName(), field.getValue());
		}
	}

	@Override
	long contentLength() {
		return request.getLength();
	}

	@Override
	String characterEncoding() {
		String contentType = contentType();
		return contentType == null ? null : MimeTypes.getCharsetFromContentType(contentType);
	}

	@Override
	InputStream body() {
		// one stream per request: a second one would miss what the first buffered
		if (body == null) {
			body = Content.Source.asInputStream(request);
		}
		return body;
	}

	@Override
	String remoteAddress() {
		return Request.getRemoteAddr(request);
	}

	@Override
	void status(int status) {
		response.setStatus(status);
	}

	@Override
	void responseHeader(String name, String value) {
		response.getHeaders().put(name, value);
	}

	@Override
	String responseHeader(String name) {
		return response.getHeaders().get(name);
	}

	@Override
	boolean committed() {
		return response.isCommitted();
	}

	@Override
	void reset() {
		pending = null;
		response.reset();
	}

	@Override
	void send(int status, String contentType, byte[] body) {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
		pending = ByteBuffer.wrap(body);
	}

	@Override
	OutputStream openOutput() {
		return Content.Sink.asOutputStream(response);
	}

	@Override
	void flush() throws IOException {
		try (var blocker = org.eclipse.jetty.util.Blocker.callback()) {
			response.write(false, BufferUtil.EMPTY_BUFFER, blocker);
			blocker.block();
		}
	}

	@Override
	void keepOpen() {
		open = true;
		// the client went or the connection failed: the stream is over
		request.addFailureListener(this::end);
	}

	@Override
	void complete() {
		if (!over.get()) {
			response.write(true, BufferUtil.EMPTY_BUFFER, Callback.from(() -> end(null), this::end));
		}
	}

	@Override
	void whenOver(Runnable action) {
		synchronized (this) {
			if (!over.get()) {
				whenOver.add(action);
				return;
			}
		}
		// not under this lock: the action may take a channel's lock, whose holder may be ending this
		action.run();
	}

	/**
	 * After the handling returned: sends the answer, or ends the response when it was all
	 * written (an event stream); a response kept open ends with {@link #complete()}.
	 */
	void finish() {
		if (open) {
			return;
		}
		ByteBuffer body = pending != null ? pending : BufferUtil.EMPTY_BUFFER;
		pending = null;
		response.write(true, body, Callback.from(() -> end(null), this::end));
	}

	/** The handling threw before it answered. */
	void fail(Throwable failure) {
		end(failure);
	}

	private void end(Throwable failure) {
		if (!over.compareAndSet(false, true)) {
			return;
		}
		List<Runnable> actions;
		synchronized (this) {
			actions = new ArrayList<>(whenOver);
			whenOver.clear();
		}
		actions.forEach(Runnable::run);
		if (failure == null) {
			callback.succeeded();
		}
		else {
			callback.failed(failure);
		}
	}

}
