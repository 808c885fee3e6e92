package dev.mcpforge.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;

/** A server restart loses every HTTP session; the client re-initializes once and carries on. */
class SessionLossTest {

	@Test
	void anExpiredSessionIsReinitializedTransparently() {
		McpServer server = TestServers.create();
		HttpServerHandle first = server.serveHttp(o -> o.port(0));
		int port = first.port();
		try (McpClient client = McpClient.builder().http(first.endpoint().toString()).build()) {
			assertThat(client.call("whoami", null, String.class)).isEqualTo("nobody");
			first.close();
			server.serveHttp(o -> o.port(port));
			assertThat(client.call("whoami", null, String.class)).isEqualTo("nobody");
		}
		finally {
			server.close();
		}
	}

}
