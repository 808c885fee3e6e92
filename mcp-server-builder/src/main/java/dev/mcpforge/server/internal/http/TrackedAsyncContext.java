package dev.mcpforge.server.internal.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/** An {@link AsyncContext} that remembers whether {@link #complete()} was called. */
final class TrackedAsyncContext implements AsyncContext {

	private final AsyncContext delegate;

	private volatile boolean completeCalled;

	TrackedAsyncContext(AsyncContext delegate) {
		this.delegate = delegate;
	}

	boolean completeCalled() {
		return completeCalled;
	}

	@Override
	public void complete() {
		completeCalled = true;
		delegate.complete();
	}

	@Override
	public ServletRequest getRequest() {
		return delegate.getRequest();
	}

	@Override
	public ServletResponse getResponse() {
		return delegate.getResponse();
	}

	@Override
	public boolean hasOriginalRequestAndResponse() {
		return delegate.hasOriginalRequestAndResponse();
	}

	@Override
	public void dispatch() {
		delegate.dispatch();
	}

	@Override
	public void dispatch(String path) {
		delegate.dispatch(path);
	}

	@Override
	public void dispatch(ServletContext context, String path) {
		delegate.dispatch(context, path);
	}

	@Override
	public void addListener(AsyncListener listener) {
		delegate.addListener(listener);
	}

	@Override
	public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
		delegate.addListener(listener, request, response);
	}

	@Override
	public <T extends AsyncListener> T createListener(Class<T> type) throws ServletException {
		return delegate.createListener(type);
	}

	@Override
	public void setTimeout(long timeout) {
		delegate.setTimeout(timeout);
	}

	@Override
	public long getTimeout() {
		return delegate.getTimeout();
	}

	@Override
	public void start(Runnable run) {
		delegate.start(run);
	}

}
