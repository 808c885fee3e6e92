package dev.mcpforge.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.modelcontextprotocol.spec.ProtocolVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --training-run}: serves one short session over stdio (through in-process pipes) and one over
 * streamable HTTP (on an ephemeral loopback port), each {@code initialize} and the four lists, builds the
 * validator, stops, and returns. Nothing is called: tools may have effects. Run under
 * {@code -XX:ArchiveClassesAtExit=app.jsa}, the JVM records every class this loaded, and later starts
 * with {@code -XX:SharedArchiveFile=app.jsa} map them instead of loading them from the jar.
 */
final class TrainingRun {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private static final long TIMEOUT_SECONDS = 30;

	private static final String VERSION = ProtocolVersions.MCP_2025_11_25;

	private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
			+ "{\"protocolVersion\":\"" + VERSION + "\",\"capabilities\":{},"
			+ "\"clientInfo\":{\"name\":\"mcpforge-training-run\",\"version\":\"1\"}}}";

	private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

	private static final List<String> LISTS = List.of("tools/list", "resources/list", "resources/templates/list",
			"prompts/list");

	private TrainingRun() {
	}

	static void run(McpServer server, String host, boolean stateless, Consumer<HttpOptions> httpOptions) {
		try {
			overStdio(server);
			overHttp(server, host, stateless, httpOptions);
			if (server instanceof DefaultMcpServer built) {
				built.prepareValidator();
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("training run failed: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("training run interrupted", e);
		}
		log.info("{} {}: training run done (initialize and the lists over stdio and HTTP); under "
				+ "-XX:ArchiveClassesAtExit=<file> the JVM now writes the classes it loaded to <file>", server.name(),
				server.version());
	}

	private static void overStdio(McpServer server) throws IOException, InterruptedException {
		PipedOutputStream requests = new PipedOutputStream();
		InputStream serverIn = new PipedInputStream(requests, 1 << 16);
		AnswerCounter serverOut = new AnswerCounter(1 + LISTS.size());
		ServerHandle handle;
		try {
			handle = server.serveStdio(serverIn, serverOut);
		}
		catch (IllegalStateException refused) {
			// the authenticator let no stdio client in: that is as far as a start over stdio gets
			log.info("training run: {}; stdio skipped", refused.getMessage());
			return;
		}
		try {
			// as a client does: nothing but initialize until it is answered (the server handles
			// pipelined requests concurrently), then the lists at once
			requests.write((INITIALIZE + '\n').getBytes(StandardCharsets.UTF_8));
			requests.flush();
			if (!serverOut.initialized.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new IOException("the stdio session did not answer initialize within " + TIMEOUT_SECONDS + " s");
			}
			StringBuilder lines = new StringBuilder(INITIALIZED).append('\n');
			for (int i = 0; i < LISTS.size(); i++) {
				lines.append(request(i + 2, LISTS.get(i))).append('\n');
			}
			requests.write(lines.toString().getBytes(StandardCharsets.UTF_8));
			requests.flush();
			if (!serverOut.answered.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new IOException("the stdio session did not answer within " + TIMEOUT_SECONDS + " s");
			}
		}
		finally {
			requests.close();
			handle.close();
		}
	}

	private static void overHttp(McpServer server, String host, boolean stateless, Consumer<HttpOptions> httpOptions)
			throws IOException {
		HttpServerHandle handle = server.serveHttp(o -> {
			httpOptions.accept(o);
			o.host(host).port(0).stateless(stateless);
		});
		try {
			URI endpoint = handle.endpoint();
			HttpURLConnection initialize = post(endpoint, null, INITIALIZE);
			if (initialize.getResponseCode() == 401) {
				initialize.disconnect();
				log.info("training run: the HTTP endpoint asks for credentials, so only the way to that answer was taken");
				return;
			}
			expect(initialize, 200, "initialize");
			String session = initialize.getHeaderField("Mcp-Session-Id");
			expect(post(endpoint, session, INITIALIZED), 202, "notifications/initialized");
			for (int i = 0; i < LISTS.size(); i++) {
				expect(post(endpoint, session, request(i + 2, LISTS.get(i))), 200, LISTS.get(i));
			}
			if (session != null) {
				HttpURLConnection delete = open(endpoint, session);
				delete.setRequestMethod("DELETE");
				delete.getResponseCode();
				delete.disconnect();
			}
		}
		finally {
			handle.close();
		}
	}

	private static String request(int id, String method) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{}}";
	}

	private static HttpURLConnection post(URI endpoint, String session, String body) throws IOException {
		HttpURLConnection connection = open(endpoint, session);
		connection.setRequestMethod("POST");
		connection.setDoOutput(true);
		connection.setRequestProperty("Content-Type", "application/json");
		try (OutputStream out = connection.getOutputStream()) {
			out.write(body.getBytes(StandardCharsets.UTF_8));
		}
		return connection;
	}

	private static HttpURLConnection open(URI endpoint, String session) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
		connection.setConnectTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
		connection.setReadTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
		connection.setRequestProperty("Accept", "application/json, text/event-stream");
		connection.setRequestProperty("MCP-Protocol-Version", VERSION);
		if (session != null) {
			connection.setRequestProperty("Mcp-Session-Id", session);
		}
		return connection;
	}

	private static void expect(HttpURLConnection connection, int status, String what) throws IOException {
		int actual = connection.getResponseCode();
		InputStream body = actual >= 400 ? connection.getErrorStream() : connection.getInputStream();
		byte[] content = body == null ? new byte[0] : body.readAllBytes();
		connection.disconnect();
		if (actual != status) {
			throw new IOException(what + " over HTTP was answered " + actual + ": "
					+ new String(content, StandardCharsets.UTF_8));
		}
	}

	/** The stdio session's output: counts answer lines (ones that carry a result or an error). */
	private static final class AnswerCounter extends OutputStream {

		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		private final CountDownLatch initialized = new CountDownLatch(1);

		private final CountDownLatch answered;

		AnswerCounter(int answers) {
			this.answered = new CountDownLatch(answers);
		}

		@Override
		public synchronized void write(int b) {
			if (b != '\n') {
				line.write(b);
				return;
			}
			String text = line.toString(StandardCharsets.UTF_8);
			line.reset();
			if (text.contains("\"result\"") || text.contains("\"error\"")) {
				initialized.countDown();
				answered.countDown();
			}
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			for (int i = offset; i < offset + length; i++) {
				write(bytes[i]);
			}
		}

	}

}
