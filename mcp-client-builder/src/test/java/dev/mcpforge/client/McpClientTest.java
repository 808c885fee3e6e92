package dev.mcpforge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

class McpClientTest {

	@Test
	void typedCallsMapStructuredContentToRecords() {
		McpServer server = TestServers.create();
		try (McpClient client = McpClient.builder().inMemory(server).build()) {
			assertThat(client.serverInfo().name()).isEqualTo("client-test-server");
			TestServers.Point moved = client.call("move", new TestServers.Shift(2, 3), TestServers.Point.class);
			assertThat(moved).isEqualTo(new TestServers.Point(3, 4));
			assertThat(client.call("whoami", null, String.class)).isEqualTo("nobody");
		}
		finally {
			server.close();
		}
	}

	@Test
	void theRootsTheClientOffersReachTheServersHandlers() {
		McpServer server = McpServer.builder().name("roots")
			.tool("roots", "Lists the client's roots",
					ctx -> ctx.roots().stream().map(r -> r.name() + "=" + r.uri()).toList())
			.build();
		try (McpClient client = McpClient.builder().inMemory(server)
			.root("file:///work/project", "project").root("file:///tmp", "scratch").build()) {
			assertThat(client.call("roots", Map.of()).structuredContent().toString())
				.contains("project=file:///work/project", "scratch=file:///tmp");
		}
		try (McpClient withoutRoots = McpClient.builder().inMemory(server).build()) {
			assertThatThrownBy(() -> withoutRoots.call("roots", Map.of()))
				.isInstanceOf(ToolCallException.class)
				.hasMessageContaining("declared no 'roots' capability");
		}
		finally {
			server.close();
		}
	}

	@Test
	void toolErrorsProtocolErrorsAndTransportFailuresAreDifferentExceptions() {
		McpServer server = TestServers.create();
		try (McpClient client = McpClient.builder().inMemory(server).build()) {
			assertThatThrownBy(() -> client.call("fail", Map.of()))
				.isInstanceOfSatisfying(ToolCallException.class, e -> {
					assertThat(e.tool()).isEqualTo("fail");
					assertThat(e.result().isError()).isTrue();
				})
				.hasMessage("Tool 'fail' failed: out of stock");
			assertThatThrownBy(() -> client.call("nope", Map.of()))
				.isInstanceOfSatisfying(McpProtocolException.class,
						e -> assertThat(e.code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS));
		}
		finally {
			server.close();
		}
		assertThatThrownBy(() -> McpClient.builder().http("http://127.0.0.1:1/mcp").requestTimeout(Duration.ofSeconds(3)).build())
			.isInstanceOf(McpTransportException.class)
			.hasMessageStartingWith("connecting over http failed");
	}

	@Test
	void theToolListIsCachedAndRefreshedWhenTheServerAnnouncesAChange() {
		McpServer server = TestServers.create();
		try (McpClient client = McpClient.builder().inMemory(server).build()) {
			assertThat(client.tools()).extracting(McpSchema.Tool::name).containsExactly("move", "whoami", "fail");
			server.addTool(ToolSpec.of("late", ctx -> "here").description("Added later"));
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(client.tools()).extracting(McpSchema.Tool::name).contains("late"));
		}
		finally {
			server.close();
		}
	}

	@Test
	void httpSendsTheConfiguredHeaders() {
		McpServer server = TestServers.create();
		HttpServerHandle http = server.serveHttp(o -> o.port(0));
		try (McpClient client = McpClient.builder().http(http.endpoint().toString()).header("X-User", "alice").build()) {
			assertThat(client.call("whoami", null, String.class)).isEqualTo("alice");
		}
		finally {
			server.close();
		}
	}

	@Test
	void stdioStartsTheServerProcessAndClosingLeavesNoChildRunning() {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		McpClient client = McpClient.builder()
			.stdio(java, "-cp", System.getProperty("java.class.path"), TestServers.class.getName())
			.requestTimeout(Duration.ofSeconds(30))
			.build();
		try {
			assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isGreaterThanOrEqualTo(1);
			assertThat(client.call("move", Map.of("dx", 1, "dy", 1), TestServers.Point.class))
				.isEqualTo(new TestServers.Point(2, 2));
		}
		finally {
			client.close();
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty());
	}

}
