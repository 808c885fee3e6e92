package dev.mcpforge.server.internal.http;

import static dev.mcpforge.server.internal.http.RawMcp.assertErrorEnvelope;
import static dev.mcpforge.server.internal.http.RawMcp.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input against the stateful SDK server behind the filter: each case gets the right
 * 4xx with a clean JSON-RPC error envelope, and the same session keeps working afterwards.
 */
class BadInputTest {

	static TestServer server;

	static RawMcp raw;

	static String session;

	@BeforeAll
	static void start() throws Exception {
		server = TestServer.stateful();
		raw = new RawMcp(server.baseUrl());
		session = raw.initialize();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	static Stream<Arguments> badBodies() {
		return Stream.of(
				Arguments.of("malformed JSON", "{".getBytes(StandardCharsets.UTF_8), 400, JsonRpcErrors.PARSE_ERROR,
						null),
				Arguments.of("binary garbage", new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80, 'x' }, 400,
						JsonRpcErrors.PARSE_ERROR, null),
				Arguments.of("empty body", new byte[0], 400, JsonRpcErrors.PARSE_ERROR, null),
				Arguments.of("trailing garbage", bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x"), 400,
						JsonRpcErrors.PARSE_ERROR, null),
				Arguments.of("object without jsonrpc", bytes("{\"foo\":1}"), 400, JsonRpcErrors.INVALID_REQUEST, null),
				Arguments.of("batch array", bytes("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"), 400,
						JsonRpcErrors.INVALID_REQUEST, null),
				Arguments.of("numeric method", bytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":42}"), 400,
						JsonRpcErrors.INVALID_REQUEST, 7),
				Arguments.of("scalar", bytes("42"), 400, JsonRpcErrors.INVALID_REQUEST, null),
				Arguments.of("string scalar", bytes("\"tools/list\""), 400, JsonRpcErrors.INVALID_REQUEST, null),
				Arguments.of("null", bytes("null"), 400, JsonRpcErrors.INVALID_REQUEST, null),
				Arguments.of("wrong jsonrpc version", bytes("{\"jsonrpc\":\"1.0\",\"id\":\"a\",\"method\":\"ping\"}"),
						400, JsonRpcErrors.INVALID_REQUEST, "a"),
				Arguments.of("object id", bytes("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}"), 400,
						JsonRpcErrors.INVALID_REQUEST, null),
				Arguments.of("scalar params", bytes("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\",\"params\":3}"),
						400, JsonRpcErrors.INVALID_REQUEST, 8),
				Arguments.of("response without result or error", bytes("{\"jsonrpc\":\"2.0\",\"id\":8}"), 400,
						JsonRpcErrors.INVALID_REQUEST, 8));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badBodies")
	void badBodyIsRejectedAndSessionSurvives(String name, byte[] body, int status, int code, Object id)
			throws Exception {
		HttpResponse<String> r = raw.post(body, headers(session));
		JsonNode envelope = assertErrorEnvelope(r, status, code);
		if (id == null) {
			assertThat(envelope.get("id").isNull()).isTrue();
		}
		else {
			assertThat(envelope.get("id").asText()).isEqualTo(String.valueOf(id));
		}
		raw.assertEchoWorks(session, "after " + name);
	}

	@Test
	void parseErrorHasTheExactEnvelope() throws Exception {
		HttpResponse<String> r = raw.post("{", headers(session));
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(RawMcp.JSON.readTree(r.body())).isEqualTo(RawMcp.JSON
			.readTree("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}"));
	}

	@Test
	void missingAcceptHeaderIs400() throws Exception {
		Map<String, String> h = headers(session);
		h.remove("Accept");
		HttpResponse<String> r = raw.post(RawMcp.callBody(3, "echo", "{\"text\":\"x\"}"), h);
		JsonNode envelope = assertErrorEnvelope(r, 400, JsonRpcErrors.SERVER_ERROR);
		assertThat(envelope.get("id").asInt()).isEqualTo(3);
		assertThat(envelope.at("/error/message").asText()).contains("Accept");
		raw.assertEchoWorks(session, "after missing accept");
	}

	@Test
	void acceptWithoutEventStreamIs400() throws Exception {
		Map<String, String> h = headers(session);
		h.put("Accept", "application/json");
		assertErrorEnvelope(raw.post(RawMcp.callBody(3, "echo", "{\"text\":\"x\"}"), h), 400,
				JsonRpcErrors.SERVER_ERROR);
		raw.assertEchoWorks(session, "after partial accept");
	}

	@Test
	void wrongContentTypeIs415() throws Exception {
		Map<String, String> h = headers(session);
		h.put("Content-Type", "text/plain");
		assertErrorEnvelope(raw.post(RawMcp.callBody(3, "echo", "{\"text\":\"x\"}"), h), 415,
				JsonRpcErrors.INVALID_REQUEST);
		raw.assertEchoWorks(session, "after text/plain");
	}

	@Test
	void unknownSessionIs404() throws Exception {
		HttpResponse<String> r = raw.post(RawMcp.callBody(4, "echo", "{\"text\":\"x\"}"), headers("no-such-session"));
		JsonNode envelope = assertErrorEnvelope(r, 404, JsonRpcErrors.SESSION_NOT_FOUND);
		assertThat(envelope.at("/error/message").asText()).isEqualTo("Session not found");
		assertThat(envelope.get("id").asInt()).isEqualTo(4);
		raw.assertEchoWorks(session, "after unknown session");
	}

	@Test
	void notificationInUnknownSessionIs404() throws Exception {
		HttpResponse<String> r = raw.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
				headers("no-such-session"));
		assertErrorEnvelope(r, 404, JsonRpcErrors.SESSION_NOT_FOUND);
	}

	@Test
	void deletedSessionIs404Afterwards() throws Exception {
		String other = raw.initialize();
		HttpResponse<String> deleted = raw.send("DELETE", BodyPublishers.noBody(), headers(other));
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertErrorEnvelope(raw.post(RawMcp.callBody(5, "echo", "{\"text\":\"x\"}"), headers(other)), 404,
				JsonRpcErrors.SESSION_NOT_FOUND);
		raw.assertEchoWorks(session, "after expired session");
	}

	@Test
	void requestWithoutSessionIs400() throws Exception {
		HttpResponse<String> r = raw.post(RawMcp.callBody(6, "echo", "{\"text\":\"x\"}"), headers(null));
		JsonNode envelope = assertErrorEnvelope(r, 400, JsonRpcErrors.SERVER_ERROR);
		assertThat(envelope.at("/error/message").asText()).contains("Session ID required");
		raw.assertEchoWorks(session, "after no session");
	}

	@Test
	void getWithoutSessionIs400() throws Exception {
		Map<String, String> h = Map.of("Accept", "text/event-stream");
		assertErrorEnvelope(raw.send("GET", BodyPublishers.noBody(), h), 400, JsonRpcErrors.SERVER_ERROR);
		raw.assertEchoWorks(session, "after GET without session");
	}

	@Test
	void getWithUnknownSessionIs404() throws Exception {
		Map<String, String> h = Map.of("Accept", "text/event-stream", "Mcp-Session-Id", "nope");
		assertErrorEnvelope(raw.send("GET", BodyPublishers.noBody(), h), 404, JsonRpcErrors.SESSION_NOT_FOUND);
		raw.assertEchoWorks(session, "after GET unknown session");
	}

	@Test
	void deleteOfUnknownSessionIs404() throws Exception {
		assertErrorEnvelope(raw.send("DELETE", BodyPublishers.noBody(), headers("nope")), 404,
				JsonRpcErrors.SESSION_NOT_FOUND);
		raw.assertEchoWorks(session, "after DELETE unknown");
	}

	@Test
	void deleteWithoutSessionIs400() throws Exception {
		assertErrorEnvelope(raw.send("DELETE", BodyPublishers.noBody(), headers(null)), 400,
				JsonRpcErrors.SERVER_ERROR);
		raw.assertEchoWorks(session, "after DELETE without session");
	}

	@Test
	void wrongHttpMethodIs405WithAllow() throws Exception {
		for (String method : new String[] { "PUT", "PATCH", "OPTIONS" }) {
			HttpResponse<String> r = raw.send(method, BodyPublishers.ofString("{}"), headers(session));
			assertErrorEnvelope(r, 405, JsonRpcErrors.SERVER_ERROR);
			assertThat(r.headers().firstValue("Allow")).hasValue("GET, POST, DELETE");
		}
		raw.assertEchoWorks(session, "after PUT");
	}

	@Test
	void unknownMethodIsAJsonRpcErrorNotAnHttpError() throws Exception {
		HttpResponse<String> r = raw.post("{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"no/such\"}", headers(session));
		assertThat(r.statusCode()).isEqualTo(200);
		RawMcp.assertNoLeak(r.body());
		assertThat(RawMcp.message(r).at("/error/code").asInt()).isEqualTo(-32601);
		raw.assertEchoWorks(session, "after unknown method");
	}

	@Test
	void badToolParamsDoNotLeak() throws Exception {
		// the SDK fails to convert these params and closes the SSE stream without answering
		HttpResponse<String> r = raw.post(
				"{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"tools/call\",\"params\":{\"name\":{\"x\":1}}}",
				headers(session));
		JsonNode envelope = assertErrorEnvelope(r, 400, JsonRpcErrors.INVALID_PARAMS);
		assertThat(envelope.get("id").asInt()).isEqualTo(12);
		raw.assertEchoWorks(session, "after bad params");
	}

	@Test
	void unexpectedResponseDoesNotLeak() throws Exception {
		// the SDK answers a response nobody asked for with 500; the filter makes it a 400
		HttpResponse<String> r = raw.post("{\"jsonrpc\":\"2.0\",\"id\":\"never-asked\",\"result\":{}}",
				headers(session));
		JsonNode envelope = assertErrorEnvelope(r, 400, JsonRpcErrors.INVALID_REQUEST);
		assertThat(envelope.get("id").asText()).isEqualTo("never-asked");
		raw.assertEchoWorks(session, "after stray response");
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
