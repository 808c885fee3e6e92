package dev.mcpforge.server.internal.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was already read by {@link JsonRpcErrorFilter} (or that has none to
 * replay, {@code body == null}); replays it to the servlet through {@link #getInputStream()}
 * or {@link #getReader()}. When the servlet goes
 * asynchronous, the given callback (if any) sees the new {@link AsyncContext} right away, so
 * listeners it adds see the end of the response even if it completes at once.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final Charset charset;

	private final Consumer<AsyncContext> onAsyncStart;

	private boolean bodyTaken;

	private TrackedAsyncContext asyncContext;

	CachedBodyRequest(HttpServletRequest request, byte[] body, Charset charset, Consumer<AsyncContext> onAsyncStart) {
		super(request);
		this.body = body;
		this.charset = charset;
		this.onAsyncStart = onAsyncStart;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (body == null) {
			return super.getInputStream();
		}
		if (bodyTaken) {
			throw new IllegalStateException("getReader() was already called");
		}
		return new ReplayInputStream(body);
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (body == null) {
			return super.getReader();
		}
		bodyTaken = true;
		return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
	}

	@Override
	public int getContentLength() {
		return body == null ? super.getContentLength() : body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body == null ? super.getContentLengthLong() : body.length;
	}

	@Override
	public AsyncContext startAsync() {
		return withListener(super.startAsync());
	}

	@Override
	public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
		return withListener(super.startAsync(request, response));
	}

	private AsyncContext withListener(AsyncContext context) {
		asyncContext = new TrackedAsyncContext(context);
		if (onAsyncStart != null) {
			onAsyncStart.accept(asyncContext);
		}
		return asyncContext;
	}

	/**
	 * True when the servlet went asynchronous and already called {@code complete()}: its
	 * response is over, whatever it wrote.
	 */
	boolean asyncCompleted() {
		return asyncContext != null && asyncContext.completeCalled();
	}

	/** A servlet input stream over a byte array, always ready, never blocking. */
	private static final class ReplayInputStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		ReplayInputStream(byte[] body) {
			this.in = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return in.read();
		}

		@Override
		public int read(byte[] b, int off, int len) {
			return in.read(b, off, len);
		}

		@Override
		public boolean isFinished() {
			return in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			try {
				if (!isFinished()) {
					listener.onDataAvailable();
				}
				listener.onAllDataRead();
			}
			catch (IOException e) {
				listener.onError(e);
			}
		}

	}

}
