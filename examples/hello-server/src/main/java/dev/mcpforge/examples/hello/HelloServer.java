package dev.mcpforge.examples.hello;

import jakarta.validation.constraints.NotNull;

import dev.mcpforge.core.Description;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.PromptSpec;

/** The quickstart: {@code java -jar hello-server.jar} (stdio) or {@code --http [--port N]}. */
public final class HelloServer {

	record EchoArgs(@Description("Text to send back") @NotNull String message) {
	}

	public static void main(String[] args) {
		McpServer.builder()
			.name("hello-server").version("1.0.0")
			.tool("echo", "Echoes the message back", EchoArgs.class, (a, ctx) -> a.message())
			.resource("hello://greeting", "greeting", "A friendly greeting", (req, ctx) -> "Hello from mcpforge!")
			.prompt(PromptSpec.of("greet", (a, ctx) -> "Write a warm greeting for " + a.require("name"))
				.description("Drafts a greeting").argument("name", "Who to greet", true))
			.build()
			.run(args);
	}

}
