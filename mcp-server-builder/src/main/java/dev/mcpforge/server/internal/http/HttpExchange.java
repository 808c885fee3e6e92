package dev.mcpforge.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import dev.mcpforge.server.internal.CancellationSignal;

/**
 * One HTTP request and its response as mcpforge's MCP transport sees them, whatever serves them:
 * Jetty's core API ({@link CoreExchange}, the embedded server) or a servlet container
 * ({@link ServletExchange}, mounted in an application). Blocking, one thread at a time, except an
 * event stream kept open ({@link #keepOpen()}), which others write to under their own lock.
 *
 * <p>
 * It also carries what {@link McpRequestGuard} learned about the request for the
 * {@link HttpTransportContextExtractor}: the verified principal, the JSON-RPC id and method and
 * the request's {@link CancellationSignal}.
 */
public abstract class HttpExchange {

	Principal principal;

	Object jsonRpcId;

	String jsonRpcMethod;

	CancellationSignal cancellation;

	private Map<String, List<String>> headers;

	/** GET, POST, ... */
	public abstract String method();

	/** The first value of a request header, or null. */
	public abstract String header(String name);

	/** All request headers, names in lower case, values in order; unmodifiable, read once. */
	public final Map<String, List<String>> headers() {
		if (headers == null) {
			Map<String, List<String>> all = new LinkedHashMap<>(32);
			// the same name twice in different cases lands in one list
			forEachHeader((name, value) -> all.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value));
			all.replaceAll((name, values) -> Collections.unmodifiableList(values));
			headers = Collections.unmodifiableMap(all);
		}
		return headers;
	}

	/** Every request header value with its name in lower case, in order. */
	abstract void forEachHeader(BiConsumer<String, String> action);

	/** The {@code Content-Length}, -1 when not given. */
	abstract long contentLength();

	/** The {@code Content-Type} header, or null. */
	final String contentType() {
		return header("Content-Type");
	}

	/** The charset named by the {@code Content-Type}, or null. */
	abstract String characterEncoding();

	/** The request body, read blocking. */
	abstract InputStream body() throws IOException;

	/** The client's address, or null. */
	abstract String remoteAddress();

	/** A principal the container authenticated (a servlet container's security), or null. */
	Principal containerPrincipal() {
		return null;
	}

	abstract void status(int status);

	abstract void responseHeader(String name, String value);

	abstract String responseHeader(String name);

	/** Whether the status and headers went out. */
	abstract boolean committed();

	/** Forgets status, headers and an unsent body; only before {@link #committed()}. */
	abstract void reset();

	/** The whole response: status, content type and body. Nothing is written after it. */
	abstract void send(int status, String contentType, byte[] body) throws IOException;

	/**
	 * Turns the response into a server-sent event stream (status 200, {@code text/event-stream},
	 * no caching) and returns where events go; each event is flushed by the writer.
	 */
	final OutputStream events() throws IOException {
		if (eventOutput == null) {
			status(200);
			responseHeader("Content-Type", "text/event-stream;charset=UTF-8");
			responseHeader("Cache-Control", "no-cache");
			eventOutput = openOutput();
		}
		return eventOutput;
	}

	private OutputStream eventOutput;

	abstract OutputStream openOutput() throws IOException;

	/** Sends status and headers now (an event stream before its first event). */
	abstract void flush() throws IOException;

	/**
	 * The response stays open after the request's handling returns, until {@link #complete()}
	 * or the client goes (a GET stream).
	 */
	abstract void keepOpen();

	/** Ends a response kept open; harmless when it is over already. */
	abstract void complete();

	/**
	 * Runs {@code action} once the response is over: after it was sent, or for one kept open
	 * once it is completed or broken. Runs it at once when it is over already.
	 */
	abstract void whenOver(Runnable action);

}
