package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.core.ToolException;
import dev.mcpforge.core.interceptor.Initialize;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ToolCall;

/** The interceptor chain around a real server's initialize, lists, tool calls, resource reads, prompts and completions. */
class InterceptorsTest {

	record Echo(String message) {
	}

	private final AtomicInteger handlerCalls = new AtomicInteger();

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private McpServer server;

	private McpSyncClient client;

	@AfterEach
	void close() {
		client.closeGracefully();
		server.close();
	}

	private McpSyncClient connect(McpInterceptor... interceptors) {
		server = McpServer.builder()
			.name("chained")
			.tool(ToolSpec.of("echo", Echo.class, (args, ctx) -> {
				handlerCalls.incrementAndGet();
				return args.message() + " for " + ctx.principal().map(java.security.Principal::getName).orElse("nobody")
						+ " tenant=" + ctx.attribute("tenant").orElse("none");
			}).description("Echoes").readOnly())
			.tool(ToolSpec.of("wipe", ctx -> {
				handlerCalls.incrementAndGet();
				return "wiped";
			}).description("Deletes everything").destructive())
			.resource("config://app", "config", "config", (req, ctx) -> "a=1")
			.prompt(PromptSpec.of("greet", (a, ctx) -> "hi " + a.require("name")).description("Greets")
				.argument("name", "who", true)
				.complete("name", (prefix, resolved) -> List.of("Ann", "Bob")))
			.intercept(interceptors)
			.build();
		client = McpClient.sync(server.connectInMemory()).build();
		client.initialize();
		return client;
	}

	private static String text(CallToolResult result) {
		return ((McpSchema.TextContent) result.content().get(0)).text();
	}

	@Test
	void securityInterceptorsSetThePrincipalAndRefuseWithoutCallingTheHandler() {
		McpInterceptor authenticate = McpInterceptor.of("authenticate", Phase.SECURITY,
				chain -> chain.proceed(chain.request()
					.withContext(chain.request().context().withPrincipal(() -> "alice").withAttribute("tenant", "acme"))));
		McpInterceptor noDestruction = McpInterceptor.of("no-destruction", Phase.SECURITY, 10, chain -> {
			if (chain.request() instanceof ToolCall call && Boolean.TRUE.equals(call.tool().hints().destructive())) {
				throw new ToolException("tool '" + call.tool().name() + "' is not allowed for "
						+ call.context().caller().orElseThrow().getName());
			}
			return chain.proceed(chain.request());
		});
		McpSyncClient c = connect(noDestruction, authenticate);

		assertThat(server.interceptors()).hasToString("SECURITY authenticate -> SECURITY no-destruction(10) -> handler");
		assertThat(text(c.callTool(CallToolRequest.builder("echo").arguments(Map.of("message", "hi")).build())))
			.isEqualTo("hi for alice tenant=acme");

		CallToolResult refused = c.callTool(CallToolRequest.builder("wipe").build());
		assertThat(refused.isError()).isTrue();
		assertThat(text(refused)).isEqualTo("tool 'wipe' is not allowed for alice");
		assertThat(handlerCalls).hasValue(1);
	}

	@Test
	void interceptorsCanRewriteArgumentsAndResults() {
		McpSyncClient c = connect(McpInterceptor.of("shout", Phase.VALIDATION, chain -> {
			if (!(chain.request() instanceof ToolCall call)) {
				return chain.proceed(chain.request());
			}
			McpResponse response = chain.proceed(
					call.withArguments(Map.of("message", String.valueOf(call.arguments().get("message")).toUpperCase())));
			CallToolResult result = response.result(CallToolResult.class);
			return McpResponse.of(CallToolResult.builder().addTextContent(text(result) + "!").build());
		}));
		assertThat(text(c.callTool(CallToolRequest.builder("echo").arguments(Map.of("message", "hi")).build())))
			.isEqualTo("HI for nobody tenant=none!");
	}

	@Test
	void everyOperationPassesThroughTheChain() {
		McpSyncClient c = connect(McpInterceptor.of("record", Phase.OBSERVABILITY, chain -> {
			seen.add(chain.request().method() + " " + chain.request().target());
			return chain.proceed(chain.request());
		}));
		c.listTools();
		c.callTool(CallToolRequest.builder("echo").arguments(Map.of("message", "x")).build());
		c.listResources();
		c.listResourceTemplates();
		c.readResource(new McpSchema.ReadResourceRequest("config://app"));
		c.listPrompts();
		c.getPrompt(new McpSchema.GetPromptRequest("greet", Map.of("name", "Ann")));
		c.completeCompletion(new McpSchema.CompleteRequest(new McpSchema.PromptReference("greet"),
				new McpSchema.CompleteRequest.CompleteArgument("name", "A")));
		assertThat(seen).containsExactly("initialize Java SDK MCP Client", "tools/list tools", "tools/call echo",
				"resources/list resources", "resources/templates/list resources/templates", "resources/read config://app",
				"prompts/list prompts", "prompts/get greet", "completion/complete greet#name");
	}

	@Test
	void interceptorFailuresReachClientsWithoutInternals() {
		McpSyncClient c = connect(McpInterceptor.of("buggy", Phase.CACHING, chain -> {
			if (chain.request() instanceof Initialize) {
				return chain.proceed(chain.request());
			}
			throw new IllegalStateException("cache password=hunter2");
		}));
		assertThatThrownBy(c::listTools).isInstanceOf(McpError.class)
			.hasMessageContaining("correlation id")
			.hasMessageNotContaining("hunter2");
		CallToolResult result = c.callTool(CallToolRequest.builder("echo").arguments(Map.of("message", "x")).build());
		assertThat(result.isError()).isTrue();
		assertThat(text(result)).contains("correlation id").doesNotContain("hunter2");
		assertThatThrownBy(() -> c.readResource(new McpSchema.ReadResourceRequest("config://app")))
			.isInstanceOf(McpError.class)
			.hasMessageContaining("correlation id")
			.hasMessageNotContaining("hunter2");
		assertThat(handlerCalls).hasValue(0);
	}

}
