package dev.mcpforge.examples.conformance;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.BlobResourceContents;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;

import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.PromptSpec;
import dev.mcpforge.server.ResourceSpec;
import dev.mcpforge.server.ResourceTemplateSpec;

/**
 * The fixture server the official conformance suite ({@code @modelcontextprotocol/conformance})
 * tests: the exact tools, resources and prompts its server scenarios call.
 */
public final class ConformanceServer {

	static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

	static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

	private ConformanceServer() {
	}

	public static void main(String[] args) {
		create().run(args);
	}

	/** The fixture, ready to serve on any transport. */
	public static McpServer create() {
		return ConformanceTools.register(McpServer.builder()
			.name("mcpforge-conformance-server")
			.version("1.0.0")
			.resource(ResourceSpec.of("test://static-text", "static-text",
					(req, ctx) -> "This is the content of the static text resource.")
				.mimeType("text/plain")
				.description("A static text resource"))
			.resource(ResourceSpec.of("test://static-binary", "static-binary",
					(req, ctx) -> new BlobResourceContents(req.uri(), "image/png", PNG))
				.mimeType("image/png")
				.description("A static binary resource (a 1x1 PNG)"))
			.resource(ResourceSpec.of("test://watched-resource", "watched-resource",
					(req, ctx) -> "Watched resource content")
				.mimeType("text/plain")
				.description("A resource clients can subscribe to"))
			.resourceTemplate(ResourceTemplateSpec.of("test://template/{id}/data", "template-data",
					(req, ctx) -> {
						String id = req.variable("id").orElseThrow();
						return "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}";
					})
				.mimeType("application/json")
				.description("Data for any id"))
			.prompt(PromptSpec.of("test_simple_prompt", (a, ctx) -> "This is a simple prompt for testing.")
				.description("A prompt without arguments"))
			.prompt(PromptSpec.of("test_prompt_with_arguments",
					(a, ctx) -> "Prompt with arguments: arg1='" + a.require("arg1") + "', arg2='" + a.require("arg2") + "'")
				.description("A prompt with two required arguments")
				.argument("arg1", "First test argument", true)
				.argument("arg2", "Second test argument", true)
				.complete("arg1", (prefix, resolved) -> List.of("paris", "park", "party")
					.stream()
					.filter(v -> v.startsWith(prefix))
					.toList()))
			.prompt(PromptSpec.of("test_prompt_with_embedded_resource",
					(a, ctx) -> List.of(
							new PromptMessage(Role.USER, new EmbeddedResource(null, new TextResourceContents(
									a.require("resourceUri"), "text/plain", "Embedded resource content for testing."))),
							new PromptMessage(Role.USER, new TextContent("Please process the embedded resource above."))))
				.description("A prompt that embeds a resource")
				.argument("resourceUri", "URI of the resource to embed", true))
			.prompt(PromptSpec.of("test_prompt_with_image",
					(a, ctx) -> List.of(new PromptMessage(Role.USER, new ImageContent(null, PNG, "image/png")),
							new PromptMessage(Role.USER, new TextContent("Please analyze the image above."))))
				.description("A prompt with an image")))
			// a pass-through interceptor, so the suite also checks the intercepted path: with one,
			// initialize and the lists are answered through mcpforge's chain rather than by the SDK alone
			.intercept(McpInterceptor.of("pass-through", Phase.OBSERVABILITY, chain -> chain.proceed(chain.request())))
			.build();
	}

	static Map<String, Object> stringProperty(String description) {
		return Map.of("type", "string", "description", description);
	}

	static McpSchema.Content image() {
		return new ImageContent(null, PNG, "image/png");
	}

}
