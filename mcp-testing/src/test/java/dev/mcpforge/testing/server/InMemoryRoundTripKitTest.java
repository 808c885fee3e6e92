package dev.mcpforge.testing.server;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.ToolException;
import dev.mcpforge.server.McpContext;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.PromptSpec;
import dev.mcpforge.server.ResourceTemplateSpec;
import dev.mcpforge.server.Tool;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;
import dev.mcpforge.testing.Responders;

/**
 * The server builder's end-to-end scenarios (typed tools, errors, the context, resources, prompts,
 * completions, runtime changes), on the testing kit. They live here because mcp-server-builder cannot
 * depend on mcp-testing (which depends on it), not even at test scope: Maven's reactor rejects the cycle.
 */
class InMemoryRoundTripKitTest {

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

	@Test
	void typedToolsBindValidateAndAnswer() {
		McpServer server = McpServer.builder()
			.name("t")
			.tool("echo", "Echoes", Echo.class, (args, ctx) -> args.message())
			.tool(ToolSpec.of("signup", Signup.class, (args, ctx) -> "welcome " + args.name())
				.description("Signs up").output(String.class))
			.tools(new Calculator())
			.build();
		try (server; McpTestClient client = McpTestClient.connect(server)) {
			assertThat(client.listTools()).hasSize(4).tool("add").isReadOnly().hasRequiredArguments("a", "b");
			assertThat(client.listTools()).tool("greet").hasOutputSchema();
			assertThat(client.callTool("echo", new Echo("hi"))).hasText("hi");
			assertThat(client.callTool("add", Map.of("a", 2, "b", 40))).hasText("42");
			assertThat(client.callTool("greet", Map.of("message", "Ann")))
				.hasStructuredContent(new Greeting("Hello Ann", 3));
			assertThat(client.callTool("signup", Map.of("name", " ", "email", "nope", "age", 3, "extra", true)))
				.isToolError()
				.hasViolationsAt("name", "email", "age", "extra")
				.hasViolation("age", "greater than or equal to 18")
				.hasViolation("extra", "unknown field");
		}
	}

	@Test
	void exceptionsBecomeErrorResultsWithoutStackTraces() {
		McpServer server = McpServer.builder()
			.name("t")
			.tool("expected", "fails on purpose", ctx -> {
				throw new ToolException("order 42 is already shipped");
			})
			.tool("bug", "has a bug", ctx -> {
				throw new IllegalStateException("secret internals at com.acme.Db");
			})
			.build();
		try (server; McpTestClient client = McpTestClient.connect(server)) {
			assertThat(client.callTool("expected")).isToolError().hasText("order 42 is already shipped");
			assertThat(client.callTool("bug")).isToolError()
				.textContains("internal error", "correlation id")
				.text()
				.doesNotContain("secret", "com.acme", "at ");
		}
	}

	@Test
	void contextTalksBackToTheClient() {
		// docs:client-and-responders
		McpServer server = McpServer.builder()
			.name("t")
			.tool("work", "logs, reports progress, samples and elicits", ctx -> {
				ctx.info("starting");
				ctx.progress(1, 2.0, "half");
				ctx.progress(2, 2.0, "done");
				String sampled = ctx.sample("hello?", 10);
				var answer = ctx.elicit("who are you?", Signup.class);
				return sampled + " / " + answer.value().map(Signup::name).orElse("none") + " / " + ctx.transport();
			})
			.build();
		try (server; McpTestClient client = McpTestClient.builder(server)
			.sampling(Responders.sampling().reply("sampled!"))
			.elicitation(Responders.elicitation().accept(Map.of("name", "Bob", "email", "bob@example.com", "age", 42)))
			.build()) {
			assertThat(client.callTool("work")).hasText("sampled! / Bob / in-memory");
			assertThat(client.notifications()).hasLog(LoggingLevel.INFO, "starting").hasProgress(1, 2);
			assertThat(client.notifications().progress("progress-1")).hasSize(2);
		}
		// end:client-and-responders
	}

	@Test
	void resourcesTemplatesPromptsAndCompletions() {
		McpServer server = McpServer.builder()
			.name("t")
			.resource("config://app", "config", "the config", (req, ctx) -> "a=1")
			.resourceTemplate(ResourceTemplateSpec.of("users://{id}/profile", "profile",
					(req, ctx) -> Map.of("id", req.variable("id").orElseThrow()))
				.complete("id", (prefix, resolved) -> List.of("41", "42", "43").stream().filter(v -> v.startsWith(prefix)).toList()))
			.prompt(PromptSpec.of("greet", (args, ctx) -> "Say hi to " + args.require("name"))
				.description("Greets")
				.argument("name", "who", true)
				.complete("name", (prefix, resolved) -> List.of("Ann", "Andy", "Bob")))
			.build();
		try (server; McpTestClient client = McpTestClient.connect(server)) {
			assertThat(client.readResource("config://app")).hasText("a=1").hasMimeType("text/plain");
			assertThat(client.readResource("users://42/profile")).hasText("{\"id\":\"42\"}").hasMimeType("application/json");
			assertThat(client.getPrompt("greet", Map.of("name", "Ann"))).hasText("Say hi to Ann");
			assertThat(client.completePrompt("greet", "name", "A")).hasValues("Ann", "Andy", "Bob");
			assertThat(client.completeResourceTemplate("users://{id}/profile", "id", "4")).hasValues("41", "42", "43");
		}
	}

	@Test
	void toolsAddedAtRuntimeAreAnnounced() {
		McpServer server = McpServer.builder().name("t").tool("a", "first", ctx -> "a").build();
		try (server; McpTestClient client = McpTestClient.connect(server)) {
			server.addTool(ToolSpec.of("b", ctx -> "b").description("second"));
			assertThat(client.notifications()).hasToolListChanged();
			assertThat(client.listTools()).hasOnlyTools("a", "b");
			assertThat(server.removeTool("a")).isTrue();
			assertThat(client.listTools()).hasOnlyTools("b");
		}
	}

}
