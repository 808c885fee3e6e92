package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad line gets its JSON-RPC error, and the session keeps answering afterwards. */
class MalformedInputTest {

	private static final int LIMIT = 1024;

	static Stream<Arguments> badLines() {
		return Stream.of(
				// malformed JSON: -32700, id null
				bad("unclosed object", "{", -32700, null),
				bad("not json", "not json", -32700, null),
				bad("random binary", randomBinary(), -32700, null),
				bad("invalid UTF-8 inside a string",
						concat("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"x\":\"", new byte[] { (byte) 0xC3, 0x28 }, "\"}"),
						-32700, null),
				bad("control characters", "\u0000\u0001\u0002", -32700, null),
				bad("trailing garbage", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x", -32700, null),
				bad("two objects on one line", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}{}", -32700, null),
				bad("nesting beyond the parser limit", "[".repeat(1010), -32700, null),
				// valid JSON, not JSON-RPC: -32600
				bad("object without members", "{\"foo\":1}", -32600, null),
				bad("empty array", "[]", -32600, null),
				bad("batch", "[{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}]", -32600, null),
				bad("number", "42", -32600, null),
				bad("string", "\"hello\"", -32600, null),
				bad("null", "null", -32600, null),
				bad("numeric method", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":42}", -32600, 5),
				bad("empty method", "{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"method\":\"\"}", -32600, "s"),
				bad("missing jsonrpc", "{\"id\":6,\"method\":\"ping\"}", -32600, 6),
				bad("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"ping\"}", -32600, 7),
				bad("null id", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", -32600, null),
				bad("object id", "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}", -32600, null),
				bad("fractional id", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", -32600, null),
				bad("scalar params", "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\",\"params\":3}", -32600, 8),
				bad("id but nothing else", "{\"jsonrpc\":\"2.0\",\"id\":12}", -32600, 12),
				// too long: skipped without buffering, -32600
				bad("oversized line", "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"ping\",\"params\":{\"pad\":\""
						+ "x".repeat(5 * LIMIT) + "\"}}", -32600, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badLines")
	void badLineIsAnsweredAndTheSessionGoesOn(String name, byte[] line, int code, Object id) {
		try (StdioHarness h = StdioHarness.robust(LIMIT, TestTools.echo())) {
			h.initialize();

			h.sendBytes(line);
			h.sendBytes(new byte[] { '\n' });

			JsonNode error = h.next();
			assertThat(error.path("error").path("code").asInt()).as("code for %s: %s", name, error).isEqualTo(code);
			assertThat(error.has("id")).as("id member present").isTrue();
			if (id == null) {
				assertThat(error.get("id").isNull()).as("id of %s", error).isTrue();
			}
			else {
				assertThat(error.get("id")).isEqualTo(StdioHarness.JSON.valueToTree(id));
			}
			String message = error.path("error").path("message").asText();
			assertThat(message).startsWith(code == -32700 ? "Parse error: " : "Invalid Request: ")
				.hasSizeLessThan(250)
				.doesNotContain("java.", "Exception", "\tat ", "com.fasterxml");
			if (name.equals("oversized line")) {
				assertThat(message).isEqualTo("Invalid Request: message exceeds 1024 bytes");
			}

			h.assertEchoWorks(100);
			assertThat(h.poll(Duration.ofMillis(100))).as("nothing else is written").isNull();
		}
	}

	@Test
	void allBadLinesInARowOnOneSession() {
		try (StdioHarness h = StdioHarness.robust(LIMIT, TestTools.echo())) {
			h.initialize();
			int id = 1000;
			for (Arguments args : badLines().toList()) {
				Object[] a = args.get();
				h.sendBytes((byte[]) a[1]);
				h.sendBytes(new byte[] { '\n' });
				assertThat(h.next().path("error").path("code").asInt()).as((String) a[0]).isEqualTo(a[2]);
				h.assertEchoWorks(id++);
			}
		}
	}

	@Test
	void malformedResponsesFromTheClientAreNotAnswered() {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
			h.initialize();
			// answering a response would let two strict peers bounce errors forever
			h.send("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}");
			h.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{},\"error\":{\"code\":1,\"message\":\"m\"}}");
			h.send("{\"jsonrpc\":\"2.0\",\"id\":\"unknown\",\"result\":{}}");
			h.send(StdioHarness.ping(1));
			assertThat(h.next().get("id").asInt()).isEqualTo(1);
		}
	}

	@Test
	void anOversizedLineIsNotBufferedAndTheNextLineIsRead() {
		try (StdioHarness h = StdioHarness.robust(LIMIT, TestTools.echo())) {
			h.initialize();
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) 'x');
			for (int i = 0; i < 160; i++) { // 10 MiB in one line
				h.sendBytes(chunk);
			}
			h.sendBytes(("\n" + StdioHarness.ping(2) + "\n").getBytes(StandardCharsets.UTF_8));
			assertThat(h.next().path("error").path("code").asInt()).isEqualTo(-32600);
			assertThat(h.next().get("id").asInt()).isEqualTo(2);
		}
	}

	private static Arguments bad(String name, String line, int code, Object id) {
		return bad(name, line.getBytes(StandardCharsets.UTF_8), code, id);
	}

	private static Arguments bad(String name, byte[] line, int code, Object id) {
		return Arguments.of(name, line, code, id);
	}

	private static byte[] randomBinary() {
		byte[] bytes = new byte[512];
		new Random(42).nextBytes(bytes);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				bytes[i] = 0x0B;
			}
		}
		bytes[0] = (byte) 0xFF; // never valid in UTF-8
		return bytes;
	}

	private static byte[] concat(String head, byte[] middle, String tail) {
		byte[] h = head.getBytes(StandardCharsets.UTF_8);
		byte[] t = tail.getBytes(StandardCharsets.UTF_8);
		byte[] all = Arrays.copyOf(h, h.length + middle.length + t.length);
		System.arraycopy(middle, 0, all, h.length, middle.length);
		System.arraycopy(t, 0, all, h.length + middle.length, t.length);
		return all;
	}

}
