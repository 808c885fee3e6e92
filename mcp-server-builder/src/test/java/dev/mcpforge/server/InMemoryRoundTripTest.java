package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.ToolException;

class InMemoryRoundTripTest {

	record Echo(@NotBlank String message) {
	}

	record Signup(@NotBlank String name, @Email String email, @Min(18) int age) {
	}

	record Greeting(String text, int length) {
	}

	static class Calculator {

		@Tool(description = "Adds two numbers", readOnly = true)
		int add(@Description("first") int a, @Description("second") int b) {
			return a + b;
		}

		@Tool(name = "greet", description = "Greets someone")
		Greeting greet(Echo who, McpContext ctx) {
			ctx.info("greeting " + who.message());
			return new Greeting("Hello " + who.message(), who.message().length());
		}

	}

	private final List<McpSchema.LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();

	private final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();

	private final List<List<McpSchema.Tool>> toolChanges = new CopyOnWriteArrayList<>();

	private McpServer server;

	private McpSyncClient client;

	@AfterEach
	void tearDown() {
		if (client != null) {
			client.closeGracefully();
		}
		if (server != null) {
			server.close();
		}
	}

	private McpSyncClient connect(McpServer s) {
		this.server = s;
		this.client = McpClient.sync(s.connectInMemory())
			.clientInfo(new McpSchema.Implementation("test", "1"))
			.capabilities(McpSchema.ClientCapabilities.builder().sampling().elicitation().build())
			.sampling(req -> McpSchema.CreateMessageResult
				.builder(McpSchema.Role.ASSISTANT, new TextContent("sampled!"), "fake").build())
			.elicitation(req -> McpSchema.ElicitResult.builder(McpSchema.ElicitResult.Action.ACCEPT)
				.content(Map.of("name", "Bob", "email", "bob@example.com", "age", 42)).build())
			.loggingConsumer(logs::add)
			.progressConsumer(progress::add)
			.toolsChangeConsumer(toolChanges::add)
			.requestTimeout(Duration.ofSeconds(10))
			.build();
		client.initialize();
		client.setLoggingLevel(McpSchema.LoggingLevel.DEBUG);
		return client;
	}

	private static String text(CallToolResult result) {
		return ((TextContent) result.content().get(0)).text();
	}

	@Test
	void typedToolsBindValidateAndAnswer() {
		McpSyncClient c = connect(McpServer.builder()
			.name("t")
			.tool("echo", "Echoes", Echo.class, (args, ctx) -> args.message())
			.tool(ToolSpec.of("signup", Signup.class, (args, ctx) -> "welcome " + args.name())
				.description("Signs up").output(String.class))
			.tools(new Calculator())
			.build());

		assertThat(c.listTools().tools()).extracting(McpSchema.Tool::name)
			.containsExactly("echo", "signup", "add", "greet");
		assertThat(text(c.callTool(CallToolRequest.builder("echo").arguments(Map.of("message", "hi")).build())))
			.isEqualTo("hi");
		assertThat(text(c.callTool(CallToolRequest.builder("add").arguments(Map.of("a", 2, "b", 40)).build())))
			.isEqualTo("42");

		CallToolResult greet = c.callTool(CallToolRequest.builder("greet").arguments(Map.of("message", "Ann")).build());
		assertThat(greet.structuredContent()).isEqualTo(Map.of("text", "Hello Ann", "length", 3));
		assertThat(c.listTools().tools().stream().filter(t -> t.name().equals("greet")).findFirst().orElseThrow()
			.outputSchema()).containsEntry("type", "object");

		CallToolResult bad = c.callTool(CallToolRequest.builder("signup")
			.arguments(Map.of("name", " ", "email", "nope", "age", 3, "extra", true)).build());
		assertThat(bad.isError()).isTrue();
		assertThat(text(bad)).contains("name: must not be blank", "email: must be a well-formed email address",
				"age: must be greater than or equal to 18", "extra: unknown field");
	}

	@Test
	void exceptionsBecomeErrorResultsWithoutStackTraces() {
		McpSyncClient c = connect(McpServer.builder()
			.name("t")
			.tool("expected", "fails on purpose", ctx -> {
				throw new ToolException("order 42 is already shipped");
			})
			.tool("bug", "has a bug", ctx -> {
				throw new IllegalStateException("secret internals at com.acme.Db");
			})
			.build());

		CallToolResult expected = c.callTool(CallToolRequest.builder("expected").build());
		assertThat(expected.isError()).isTrue();
		assertThat(text(expected)).isEqualTo("order 42 is already shipped");

		CallToolResult bug = c.callTool(CallToolRequest.builder("bug").build());
		assertThat(bug.isError()).isTrue();
		assertThat(text(bug)).contains("internal error", "correlation id").doesNotContain("secret", "com.acme", "at ");
	}

	@Test
	void contextTalksBackToTheClient() {
		McpSyncClient c = connect(McpServer.builder()
			.name("t")
			.tool("work", "logs, reports progress, samples and elicits", ctx -> {
				ctx.info("starting");
				ctx.progress(1, 2.0, "half");
				ctx.progress(2, 2.0, "done");
				String sampled = ctx.sample("hello?", 10);
				var answer = ctx.elicit("who are you?", Signup.class);
				return sampled + " / " + answer.value().map(Signup::name).orElse("none") + " / " + ctx.transport();
			})
			.build());

		CallToolResult result = c.callTool(CallToolRequest.builder("work").progressToken("tok-1").build());
		assertThat(text(result)).isEqualTo("sampled! / Bob / in-memory");
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(logs).extracting(McpSchema.LoggingMessageNotification::data).contains("starting");
			assertThat(progress).extracting(McpSchema.ProgressNotification::progress).containsExactly(1.0, 2.0);
			assertThat(progress).extracting(McpSchema.ProgressNotification::progressToken).containsOnly("tok-1");
		});
	}

	@Test
	void resourcesTemplatesPromptsAndCompletions() {
		McpSyncClient c = connect(McpServer.builder()
			.name("t")
			.resource("config://app", "config", "the config", (req, ctx) -> "a=1")
			.resourceTemplate(ResourceTemplateSpec.of("users://{id}/profile", "profile",
					(req, ctx) -> Map.of("id", req.variable("id").orElseThrow()))
				.complete("id", (prefix, resolved) -> List.of("41", "42", "43").stream().filter(v -> v.startsWith(prefix)).toList()))
			.prompt(PromptSpec.of("greet", (args, ctx) -> "Say hi to " + args.require("name"))
				.description("Greets")
				.argument("name", "who", true)
				.complete("name", (prefix, resolved) -> List.of("Ann", "Andy", "Bob")))
			.build());

		assertThat(c.readResource(new McpSchema.ReadResourceRequest("config://app")).contents())
			.singleElement()
			.isEqualTo(new McpSchema.TextResourceContents("config://app", "text/plain", "a=1"));
		var profile = (McpSchema.TextResourceContents) c.readResource(new McpSchema.ReadResourceRequest("users://42/profile"))
			.contents().get(0);
		assertThat(profile.text()).isEqualTo("{\"id\":\"42\"}");
		assertThat(profile.mimeType()).isEqualTo("application/json");

		var prompt = c.getPrompt(new McpSchema.GetPromptRequest("greet", Map.of("name", "Ann")));
		assertThat(((TextContent) prompt.messages().get(0).content()).text()).isEqualTo("Say hi to Ann");

		var completion = c.completeCompletion(new McpSchema.CompleteRequest(new McpSchema.PromptReference("greet"),
				new McpSchema.CompleteRequest.CompleteArgument("name", "A")));
		assertThat(completion.completion().values()).containsExactly("Ann", "Andy", "Bob");
		var ids = c.completeCompletion(new McpSchema.CompleteRequest(new McpSchema.ResourceReference("users://{id}/profile"),
				new McpSchema.CompleteRequest.CompleteArgument("id", "4")));
		assertThat(ids.completion().values()).containsExactly("41", "42", "43");
	}

	@Test
	void toolsAddedAtRuntimeAreAnnounced() {
		McpSyncClient c = connect(McpServer.builder().name("t").tool("a", "first", ctx -> "a").build());
		server.addTool(ToolSpec.of("b", ctx -> "b").description("second"));
		await().atMost(Duration.ofSeconds(5)).until(() -> !toolChanges.isEmpty());
		assertThat(c.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("a", "b");
		assertThat(server.removeTool("a")).isTrue();
		assertThat(c.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("b");
	}

}
