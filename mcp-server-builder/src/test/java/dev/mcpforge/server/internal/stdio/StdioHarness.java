package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpServerTransportProvider;

/**
 * A raw stdio client for a real SDK server: writes lines to the server's stdin and reads
 * its stdout line by line, checking that every line is one valid JSON-RPC message.
 */
final class StdioHarness implements AutoCloseable {

	static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	static final McpJsonMapper MAPPER = McpJsonDefaults.getMapper();

	final Pipe stdin = new Pipe();

	final Pipe stdout = new Pipe();

	final McpServerTransportProvider provider;

	final McpSyncServer server;

	private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

	private final Map<String, JsonNode> stash = new HashMap<>();

	private final List<String> corrupt = Collections.synchronizedList(new ArrayList<>());

	private final Thread clientReader;

	private volatile int linesRead;

	/** Our transport with the given limit, serving {@code tools}. */
	static StdioHarness robust(int maxMessageBytes, SyncToolSpecification... tools) {
		return new StdioHarness(
				(in, out) -> new RobustStdioTransportProvider(MAPPER, in, out, maxMessageBytes), tools);
	}

	static StdioHarness robust(SyncToolSpecification... tools) {
		return robust(RobustStdioTransportProvider.DEFAULT_MAX_MESSAGE_BYTES, tools);
	}

	interface ProviderFactory {

		McpServerTransportProvider create(InputStream in, OutputStream out);

	}

	StdioHarness(ProviderFactory factory, SyncToolSpecification... tools) {
		this(factory, spec -> {
		}, tools);
	}

	StdioHarness(ProviderFactory factory, Consumer<McpServer.SyncSpecification<?>> customizer,
			SyncToolSpecification... tools) {
		this.provider = factory.create(stdin.source, stdout.sink);
		McpServer.SyncSpecification<?> spec = McpServer.sync(provider).serverInfo("t", "1").tools(tools);
		customizer.accept(spec);
		this.server = spec.build();
		this.clientReader = new Thread(this::readOutput, "test-stdio-client");
		this.clientReader.setDaemon(true);
		this.clientReader.start();
	}

	void send(String line) {
		sendBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
	}

	void sendBytes(byte[] raw) {
		try {
			stdin.sink.write(raw);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	void closeStdin() {
		stdin.close();
	}

	/** The next line from the server, or {@code null} if none comes within {@code timeout}. */
	JsonNode poll(Duration timeout) {
		try {
			return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	JsonNode next() {
		JsonNode node = poll(Duration.ofSeconds(10));
		if (node == null) {
			fail("no message from the server within 10 s");
		}
		return node;
	}

	/** The response with this id; other messages read meanwhile are kept for later calls. */
	JsonNode responseTo(Object id) {
		String key = JSON.valueToTree(id).toString();
		JsonNode stashed = stash.remove(key);
		if (stashed != null) {
			return stashed;
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			JsonNode node = poll(Duration.ofMillis(100));
			if (node == null) {
				continue;
			}
			if (node.has("id") && key.equals(node.get("id").toString())) {
				return node;
			}
			if (node.has("id")) {
				stash.put(node.get("id").toString(), node);
			}
		}
		return fail("no response to id " + key + " within 10 s");
	}

	void initialize() {
		send("""
				{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"protocolVersion":"2025-06-18",\
				"capabilities":{},"clientInfo":{"name":"raw","version":"0"}}}""");
		JsonNode response = responseTo("init");
		assertThat(response.path("result").path("serverInfo").path("name").asText()).isEqualTo("t");
		send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
	}

	static String toolCall(Object id, String tool, String argumentsJson) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + JSON.valueToTree(id) + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
				+ tool + "\",\"arguments\":" + argumentsJson + "}}";
	}

	static String ping(Object id) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + JSON.valueToTree(id) + ",\"method\":\"ping\"}";
	}

	/** Calls {@code echo} and asserts it answers. */
	void assertEchoWorks(Object id) {
		send(toolCall(id, "echo", "{\"text\":\"still alive\"}"));
		JsonNode response = responseTo(id);
		assertThat(response.has("error")).as("unexpected error: %s", response).isFalse();
		assertThat(response.path("result").path("content").path(0).path("text").asText())
			.isEqualTo("echo: still alive");
	}

	int linesRead() {
		return linesRead;
	}

	/** Every line the server wrote so far was a single, valid JSON-RPC message. */
	void assertOutputClean() {
		assertThat(corrupt).as("non-protocol output on stdout").isEmpty();
	}

	@Override
	public void close() {
		stdin.close();
		server.close();
		stdout.close();
		assertOutputClean();
	}

	private void readOutput() {
		InputStream in = new java.io.BufferedInputStream(stdout.source);
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		try {
			int b;
			while ((b = in.read()) != -1) {
				if (b != '\n') {
					line.write(b);
					continue;
				}
				linesRead++;
				check(line.toByteArray());
				line.reset();
			}
			if (line.size() > 0) {
				corrupt.add("unterminated trailing output: " + line);
			}
		}
		catch (IOException e) {
			corrupt.add("reading stdout failed: " + e);
		}
	}

	private void check(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			corrupt.add("invalid UTF-8 line");
			return;
		}
		try {
			JsonNode node = JSON.readTree(text);
			boolean valid = node != null && node.isObject() && "2.0".equals(node.path("jsonrpc").asText())
					&& (node.has("method") || node.has("result") ^ node.has("error"));
			if (!valid) {
				corrupt.add(text);
				return;
			}
			received.add(node);
		}
		catch (IOException e) {
			corrupt.add(text);
		}
	}

}
