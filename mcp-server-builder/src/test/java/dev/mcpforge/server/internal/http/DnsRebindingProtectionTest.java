package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DNS-rebinding protection, checked with a raw socket since the JDK client will not send
 * a Host header of our choosing. Mirrors the conformance suite's
 * {@code dns-rebinding-protection} scenario.
 */
class DnsRebindingProtectionTest {

	static TestServer server;

	static TestServer open;

	static TestServer custom;

	static final String INIT = RawMcp.initializeBody(1, "2025-11-25");

	@BeforeAll
	static void start() throws Exception {
		server = TestServer.stateful();
		open = TestServer.stateful(HttpServingOptions.builder().dnsRebindingProtection(false).build(), b -> {
		});
		custom = TestServer.stateful(HttpServingOptions.builder()
			.allowedHost("mcp.example.test:*")
			.allowedOrigin("https://app.example.test")
			.build(), b -> {
			});
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
		open.close();
		custom.close();
	}

	@Test
	void foreignHostAndOriginAreRejected() throws Exception {
		RawSocketHttp.Response r = RawSocketHttp.post(server.port, "evil.example.com", "http://evil.example.com", INIT);
		assertThat(r.status()).isBetween(400, 499);
		assertEnvelope(r, JsonRpcErrors.SERVER_ERROR);
		assertThat(r.headers()).doesNotContainKey("mcp-session-id");
	}

	@Test
	void foreignHostAloneIs421() throws Exception {
		RawSocketHttp.Response r = RawSocketHttp.post(server.port, "evil.example.com:" + server.port, null, INIT);
		assertThat(r.status()).isEqualTo(421);
		assertEnvelope(r, JsonRpcErrors.SERVER_ERROR);
	}

	@Test
	void foreignOriginAloneIs403() throws Exception {
		RawSocketHttp.Response r = RawSocketHttp.post(server.port, "127.0.0.1:" + server.port,
				"http://evil.example.com", INIT);
		assertThat(r.status()).isEqualTo(403);
		assertEnvelope(r, JsonRpcErrors.SERVER_ERROR);
		RawSocketHttp.Response nullOrigin = RawSocketHttp.post(server.port, "127.0.0.1:" + server.port, "null", INIT);
		assertThat(nullOrigin.status()).isEqualTo(403);
	}

	@Test
	void loopbackHostAndOriginAreAccepted() throws Exception {
		int port = server.port;
		RawSocketHttp.Response r = RawSocketHttp.post(port, "127.0.0.1:" + port, "http://127.0.0.1:" + port, INIT);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.headers()).containsKey("mcp-session-id");
		assertThat(RawSocketHttp.post(port, "localhost:" + port, "http://localhost:" + port, INIT).status())
			.isEqualTo(200);
		assertThat(RawSocketHttp.post(port, "[::1]:" + port, "https://[::1]:" + port, INIT).status()).isEqualTo(200);
		assertThat(RawSocketHttp.post(port, "LOCALHOST:" + port, "http://LocalHost:" + port, INIT).status())
			.as("host names compare case-blind")
			.isEqualTo(200);
		assertThat(RawSocketHttp.post(port, "localhost", null, INIT).status()).isEqualTo(200);
	}

	@Test
	void lookalikeLoopbackNamesAreRejected() throws Exception {
		int port = server.port;
		assertThat(RawSocketHttp.post(port, "localhost.evil.com:" + port, null, INIT).status()).isEqualTo(421);
		assertThat(RawSocketHttp.post(port, "127.0.0.1.nip.io:" + port, null, INIT).status()).isEqualTo(421);
		assertThat(RawSocketHttp.post(port, "127.0.0.1:" + port, "http://localhost.evil.com", INIT).status())
			.isEqualTo(403);
	}

	@Test
	void everyMethodIsChecked() throws Exception {
		String get = "GET /mcp HTTP/1.1\r\nHost: evil.example.com\r\nAccept: text/event-stream\r\n"
				+ "Mcp-Session-Id: x\r\nConnection: close\r\n\r\n";
		RawSocketHttp.Response r = RawSocketHttp.exchange("127.0.0.1", server.port, get);
		assertThat(r.status()).isEqualTo(421);
		assertEnvelope(r, JsonRpcErrors.SERVER_ERROR);
		String delete = "DELETE /mcp HTTP/1.1\r\nHost: evil.example.com\r\nMcp-Session-Id: x\r\nConnection: close\r\n\r\n";
		assertThat(RawSocketHttp.exchange("127.0.0.1", server.port, delete).status()).isEqualTo(421);
	}

	@Test
	void userAddedHostsAndOriginsAreAccepted() throws Exception {
		int port = custom.port;
		assertThat(RawSocketHttp.post(port, "mcp.example.test:8443", "https://app.example.test", INIT).status())
			.isEqualTo(200);
		assertThat(RawSocketHttp.post(port, "mcp.example.test", null, INIT).status()).isEqualTo(200);
		assertThat(RawSocketHttp.post(port, "127.0.0.1:" + port, "http://127.0.0.1:" + port, INIT).status())
			.as("loopback stays allowed")
			.isEqualTo(200);
		assertThat(RawSocketHttp.post(port, "mcp.example.test", "https://app.example.test:444", INIT).status())
			.as("origin without :* means that exact origin")
			.isEqualTo(403);
		assertThat(RawSocketHttp.post(port, "other.example.test", null, INIT).status()).isEqualTo(421);
	}

	@Test
	void protectionCanBeSwitchedOff() throws Exception {
		RawSocketHttp.Response r = RawSocketHttp.post(open.port, "evil.example.com", "http://evil.example.com", INIT);
		assertThat(r.status()).isEqualTo(200);
	}

	private static void assertEnvelope(RawSocketHttp.Response r, int code) throws Exception {
		assertThat(r.headers().get("content-type")).startsWith("application/json");
		RawMcp.assertNoLeak(r.body());
		JsonNode body = RawMcp.JSON.readTree(r.body());
		assertThat(body.path("jsonrpc").asText()).isEqualTo("2.0");
		assertThat(body.get("id").isNull()).isTrue();
		assertThat(body.at("/error/code").asInt()).isEqualTo(code);
		assertThat(body.at("/error/message").asText()).isNotBlank();
	}

}
