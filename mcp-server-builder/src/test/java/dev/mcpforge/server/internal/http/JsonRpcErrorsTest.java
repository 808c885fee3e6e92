package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JsonRpcErrorsTest {

	@Test
	void envelopeShape() {
		assertThat(new String(JsonRpcErrors.envelope(null, -32700, "Parse error"), StandardCharsets.UTF_8))
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}");
		assertThat(new String(JsonRpcErrors.envelope(5L, -1, "m"), StandardCharsets.UTF_8)).contains("\"id\":5,");
		assertThat(new String(JsonRpcErrors.envelope("a\"b", -1, "m"), StandardCharsets.UTF_8))
			.contains("\"id\":\"a\\\"b\"");
	}

	@Test
	void codesByStatus() {
		assertThat(JsonRpcErrors.codeFor(400, -32601)).isEqualTo(JsonRpcErrors.SERVER_ERROR);
		assertThat(JsonRpcErrors.codeFor(400, -32600)).isEqualTo(-32600);
		assertThat(JsonRpcErrors.codeFor(400, null)).isEqualTo(JsonRpcErrors.SERVER_ERROR);
		assertThat(JsonRpcErrors.codeFor(404, -32603)).isEqualTo(JsonRpcErrors.SESSION_NOT_FOUND);
		assertThat(JsonRpcErrors.codeFor(405, null)).isEqualTo(JsonRpcErrors.SERVER_ERROR);
		assertThat(JsonRpcErrors.codeFor(413, null)).isEqualTo(JsonRpcErrors.INVALID_REQUEST);
		assertThat(JsonRpcErrors.codeFor(415, -32600)).isEqualTo(JsonRpcErrors.INVALID_REQUEST);
		assertThat(JsonRpcErrors.codeFor(421, null)).isEqualTo(JsonRpcErrors.SERVER_ERROR);
		assertThat(JsonRpcErrors.codeFor(500, -32603)).isEqualTo(JsonRpcErrors.INTERNAL_ERROR);
		assertThat(JsonRpcErrors.codeFor(503, null)).isEqualTo(JsonRpcErrors.SERVER_ERROR);
	}

	@Test
	void keepsHarmlessMessagesOnly() {
		assertThat(JsonRpcErrors.messageFor(400, "text/event-stream required in Accept header"))
			.isEqualTo("text/event-stream required in Accept header");
		assertThat(JsonRpcErrors.messageFor(400,
				"Invalid message format: Cannot deserialize value of type `java.lang.String` from Object value"))
			.isEqualTo("Bad Request");
		assertThat(JsonRpcErrors.messageFor(400, "Unrecognized field \"x\" (class io.modelcontextprotocol.spec.McpSchema$JSONRPCRequest)"))
			.isEqualTo("Bad Request");
		assertThat(JsonRpcErrors.messageFor(400, "java.lang.IllegalStateException: boom")).isEqualTo("Bad Request");
		assertThat(JsonRpcErrors.messageFor(400, "line one\n\tat x.y(Z.java:1)")).isEqualTo("Bad Request");
		assertThat(JsonRpcErrors.messageFor(400, "x".repeat(500))).isEqualTo("Bad Request");
		assertThat(JsonRpcErrors.messageFor(404, "Session not found: abc")).isEqualTo("Session not found");
		assertThat(JsonRpcErrors.messageFor(500, "Error processing message: NPE at Foo")).isEqualTo("Internal error");
		assertThat(JsonRpcErrors.messageFor(503, "Server is shutting down")).isEqualTo("Server is shutting down");
		assertThat(JsonRpcErrors.messageFor(421, "Invalid Host header")).isEqualTo("Invalid Host header");
		assertThat(JsonRpcErrors.messageFor(413, null)).isEqualTo("Request body too large");
	}

}
