package dev.mcpforge.core.upstream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A scripted JSON API on 127.0.0.1 (a free port) that records what it receives. */
final class FakeApi implements AutoCloseable {

	/** One request as the server saw it. */
	record Received(String method, URI uri, Headers headers, String body, long atNanos) {

		String header(String name) {
			return headers.getFirst(name);
		}
	}

	/** What to answer. */
	record Reply(int status, String body, Map<String, String> headers) {

		static Reply json(int status, String body) {
			return new Reply(status, body, Map.of());
		}

		Reply header(String name, String value) {
			Map<String, String> h = new LinkedHashMap<>(headers);
			h.put(name, value);
			return new Reply(status, body, h);
		}
	}

	@FunctionalInterface
	interface Handler {
		Reply handle(Received request) throws Exception;
	}

	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private final Map<String, Deque<Handler>> scripts = new ConcurrentHashMap<>();

	FakeApi() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Answers requests to {@code path} with the handlers in turn; the last one answers all later requests. */
	FakeApi on(String path, Handler... handlers) {
		scripts.put(path, new ArrayDeque<>(List.of(handlers)));
		return this;
	}

	FakeApi on(String path, int status, String body) {
		return on(path, r -> Reply.json(status, body));
	}

	List<Received> received() {
		return received;
	}

	long hits(String path) {
		return received.stream().filter(r -> r.uri().getPath().equals(path)).count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
					exchange.getRequestHeaders(), body, System.nanoTime());
			received.add(r);
			Reply reply;
			try {
				reply = next(r.uri().getPath()).handle(r);
			} catch (Exception e) {
				reply = Reply.json(599, "{\"message\":\"handler failed: " + e + "\"}");
			}
			reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}
	}

	private Handler next(String path) {
		Deque<Handler> script = scripts.get(path);
		if (script == null) {
			return r -> Reply.json(200, "{\"path\":\"" + path + "\"}");
		}
		synchronized (script) {
			return script.size() > 1 ? script.poll() : script.peek();
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
