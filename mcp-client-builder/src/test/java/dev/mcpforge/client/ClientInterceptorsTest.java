package dev.mcpforge.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ToolCall;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

/** The server's interceptor SPI, reused on the client side. */
class ClientInterceptorsTest {

	record Shift(int dx, int dy) {
	}

	@Test
	void clientInterceptorsSeeTheToolDefinitionAndCanRewriteOrAnswer() {
		McpServer server = McpServer.builder()
			.name("s")
			.tool(ToolSpec.of("move", Shift.class, (s, ctx) -> "moved " + s.dx() + "," + s.dy())
				.description("Moves").readOnly())
			.build();
		List<String> seen = new CopyOnWriteArrayList<>();
		McpInterceptor observe = McpInterceptor.of("observe", Phase.OBSERVABILITY, chain -> {
			ToolCall call = (ToolCall) chain.request();
			seen.add(call.tool().name() + " readOnly=" + call.tool().hints().readOnly());
			return chain.proceed(call);
		});
		McpInterceptor doubleIt = McpInterceptor.of("double", Phase.VALIDATION, chain -> {
			ToolCall call = (ToolCall) chain.request();
			if (call.arguments().containsKey("cached")) {
				return McpResponse.of(McpSchema.CallToolResult.builder().addTextContent("from cache").build());
			}
			return chain.proceed(call.withArguments(Map.of("dx", 2 * (Integer) call.arguments().get("dx"), "dy", 0)));
		});
		try (McpClient client = McpClient.builder().inMemory(server).intercept(observe, doubleIt).build()) {
			assertThat(client.call("move", Map.of("dx", 2, "dy", 5), String.class)).isEqualTo("moved 4,0");
			assertThat(client.call("move", Map.of("cached", true), String.class)).isEqualTo("from cache");
			assertThat(seen).containsExactly("move readOnly=true");
		}
		finally {
			server.close();
		}
	}

}
