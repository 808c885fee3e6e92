package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonRpcMessageCheckTest {

	@Test
	void acceptsRequestsNotificationsAndResponses() {
		var request = check("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"x\"}}");
		assertThat(request.ok()).isTrue();
		assertThat(request.message().isRequest()).isTrue();
		assertThat(request.message().id()).isEqualTo(7L);
		assertThat(request.message().method()).isEqualTo("tools/call");

		var notification = check("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
		assertThat(notification.message().isNotification()).isTrue();
		assertThat(notification.message().id()).isNull();

		var response = check("{\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"result\":{}}");
		assertThat(response.ok()).isTrue();
		assertThat(response.message().method()).isNull();
		assertThat(response.message().id()).isEqualTo("s-1");

		assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-1,\"message\":\"m\"}}").ok()).isTrue();
		assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":null}").ok()).isTrue();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"{|-32700",
			"''|-32700",
			"{\"a\":1,\"a\":2}|-32700",
			"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}{}|-32700",
			"[]|-32600",
			"[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]|-32600",
			"true|-32600",
			"3.5|-32600",
			"{}|-32600",
			"{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\"}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":[\"ping\"]}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":\"x\"}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"result\":{}}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"error\":{\"code\":1,\"message\":\"m\"}}|-32600",
			"{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"bad\"}|-32600",
			"{\"jsonrpc\":\"2.0\",\"result\":{}}|-32600" })
	void rejects(String body, int code) {
		var outcome = check(body);
		assertThat(outcome.ok()).isFalse();
		assertThat(outcome.errorCode()).isEqualTo(code);
		assertThat(outcome.errorMessage()).isNotBlank();
	}

	@Test
	void echoesReadableIdsOfInvalidMessages() {
		assertThat(check("{\"jsonrpc\":\"1.0\",\"id\":\"abc\",\"method\":\"ping\"}").id()).isEqualTo("abc");
		assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":9}").id()).isEqualTo(9L);
		assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}").id()).isNull();
	}

	@Test
	void deepNestingIsAParseErrorNotACrash() {
		String deep = "[".repeat(5000) + "]".repeat(5000);
		assertThat(check(deep).errorCode()).isEqualTo(JsonRpcErrors.PARSE_ERROR);
	}

	@Test
	void honoursANonUtf8Charset() {
		byte[] latin1 = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
		var outcome = JsonRpcMessageCheck.check(latin1, StandardCharsets.ISO_8859_1);
		assertThat(outcome.message().method()).isEqualTo("caf\u00e9");
		assertThat(JsonRpcMessageCheck.check(latin1, StandardCharsets.UTF_8).errorCode())
			.isEqualTo(JsonRpcErrors.PARSE_ERROR);
	}

	private static JsonRpcMessageCheck.Outcome check(String body) {
		return JsonRpcMessageCheck.check(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

}
