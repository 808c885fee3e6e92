package dev.mcpforge.server.internal.http;

import static dev.mcpforge.server.internal.http.RawMcp.assertErrorEnvelope;
import static dev.mcpforge.server.internal.http.RawMcp.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies over the configured limit get 413, with or without a Content-Length. */
class RequestSizeLimitTest {

	static final int LIMIT = 1024;

	static TestServer server;

	static RawMcp raw;

	static String session;

	@BeforeAll
	static void start() throws Exception {
		server = TestServer.stateful(HttpServingOptions.builder().maxRequestBytes(LIMIT).build(), b -> {
		});
		raw = new RawMcp(server.baseUrl());
		session = raw.initialize();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void declaredOversizedBodyIs413() throws Exception {
		HttpResponse<String> r = raw.post(echoOf(LIMIT * 4), headers(session));
		assertErrorEnvelope(r, 413, JsonRpcErrors.INVALID_REQUEST);
		raw.assertEchoWorks(session, "after 413");
	}

	@Test
	void chunkedOversizedBodyIs413() throws Exception {
		byte[] big = echoOf(LIMIT * 64).getBytes(StandardCharsets.UTF_8);
		// ofInputStream has no known length, so the client sends it chunked
		HttpResponse<String> r = raw.send("POST", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)),
				headers(session));
		assertErrorEnvelope(r, 413, JsonRpcErrors.INVALID_REQUEST);
		raw.assertEchoWorks(session, "after chunked 413");
	}

	@Test
	void chunkedBodyWithinTheLimitIsAccepted() throws Exception {
		byte[] small = RawMcp.callBody(3, "echo", "{\"text\":\"chunked\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> r = raw.send("POST",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)), headers(session));
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(RawMcp.message(r).at("/result/content/0/text").asText()).isEqualTo("echo: chunked");
	}

	@Test
	void bodyExactlyAtTheLimitIsAccepted() throws Exception {
		String base = RawMcp.callBody(4, "echo", "{\"text\":\"\"}");
		String text = "x".repeat(LIMIT - base.length());
		String body = RawMcp.callBody(4, "echo", "{\"text\":\"" + text + "\"}");
		assertThat(body).hasSize(LIMIT);
		HttpResponse<String> r = raw.post(body, headers(session));
		assertThat(r.statusCode()).isEqualTo(200);
	}

	private static String echoOf(int size) {
		return RawMcp.callBody(2, "echo", "{\"text\":\"" + "y".repeat(size) + "\"}");
	}

}
