package dev.mcpforge.examples.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import io.modelcontextprotocol.spec.McpSchema.AudioContent;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.ToolException;
import dev.mcpforge.server.McpContext;
import dev.mcpforge.server.McpServerBuilder;
import dev.mcpforge.server.ToolSpec;

/** The fixture's tools. */
final class ConformanceTools {

	record SamplingArgs(@Description("What to ask the client's LLM") @NotNull String prompt) {
	}

	record ElicitationArgs(@Description("What to ask the user") @NotNull String message) {
	}

	private ConformanceTools() {
	}

	static McpServerBuilder register(McpServerBuilder builder) {
		return builder
			.tool("test_simple_text", "Returns a simple text response",
					ctx -> "This is a simple text response for testing.")
			.tool("test_image_content", "Returns an image", ctx -> ConformanceServer.image())
			.tool("test_audio_content", "Returns audio",
					ctx -> new AudioContent(null, ConformanceServer.WAV, "audio/wav"))
			.tool("test_embedded_resource", "Returns an embedded resource",
					ctx -> new EmbeddedResource(null, new TextResourceContents("test://embedded-resource", "text/plain",
							"This is an embedded resource content.")))
			.tool("test_multiple_content_types", "Returns text, an image and a resource",
					ctx -> List.of(new TextContent("Multiple content types test:"), ConformanceServer.image(),
							new EmbeddedResource(null, new TextResourceContents("test://mixed-content-resource",
									"application/json", "{\"test\":\"data\",\"value\":123}"))))
			.tool("test_tool_with_logging", "Logs three messages while running", ConformanceTools::withLogging)
			.tool("test_tool_with_progress", "Reports progress while running", ConformanceTools::withProgress)
			.tool("test_error_handling", "Always fails with a tool error", ctx -> {
				throw new ToolException("This tool intentionally returns an error for testing");
			})
			.tool("test_sampling", "Asks the client's LLM", SamplingArgs.class,
					(args, ctx) -> "LLM response: " + ctx.sample(args.prompt(), 100))
			.tool("test_elicitation", "Asks the user for a username and email", ElicitationArgs.class,
					ConformanceTools::elicitUser)
			.tool("test_elicitation_sep1034_defaults", "Elicits fields that carry default values",
					ctx -> describe(ctx.elicit("Please review and update the form fields with defaults", defaultsSchema())))
			.tool("test_elicitation_sep1330_enums", "Elicits every enum flavour",
					ctx -> describe(ctx.elicit("Please select options from the enum fields", enumsSchema())))
			.tool(ToolSpec.raw("json_schema_2020_12_tool", jsonSchema2020(), (args, ctx) -> "Received: " + args)
				.description("Declares a JSON Schema 2020-12 input schema with $defs"));
	}

	private static String withLogging(McpContext ctx) throws InterruptedException {
		ctx.info("Tool execution started");
		Thread.sleep(50);
		ctx.info("Tool processing data");
		Thread.sleep(50);
		ctx.info("Tool execution completed");
		return "Tool with logging executed successfully";
	}

	private static String withProgress(McpContext ctx) throws InterruptedException {
		ctx.progress(0, 100.0, "Started");
		Thread.sleep(50);
		ctx.progress(50, 100.0, "Halfway");
		Thread.sleep(50);
		ctx.progress(100, 100.0, "Done");
		return "Tool with progress completed";
	}

	private static String elicitUser(ElicitationArgs args, McpContext ctx) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("username", ConformanceServer.stringProperty("User's response"));
		properties.put("email", ConformanceServer.stringProperty("User's email address"));
		ElicitResult result = ctx.elicit(args.message(),
				Map.of("type", "object", "properties", properties, "required", List.of("username", "email")));
		return "User response: " + result.action().name().toLowerCase(java.util.Locale.ROOT) + ", " + result.content();
	}

	private static String describe(ElicitResult result) {
		return "Elicitation completed: action=" + result.action().name().toLowerCase(java.util.Locale.ROOT)
				+ ", content=" + result.content();
	}

	private static Map<String, Object> defaultsSchema() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", Map.of("type", "string", "description", "User name", "default", "John Doe"));
		properties.put("age", Map.of("type", "integer", "description", "User age", "default", 30));
		properties.put("score", Map.of("type", "number", "description", "User score", "default", 95.5));
		properties.put("status", Map.of("type", "string", "description", "User status", "enum",
				List.of("active", "inactive", "pending"), "default", "active"));
		properties.put("verified", Map.of("type", "boolean", "description", "Verification status", "default", true));
		return Map.of("type", "object", "properties", properties, "required", List.of());
	}

	private static Map<String, Object> enumsSchema() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("untitledSingle", Map.of("type", "string", "enum", List.of("option1", "option2", "option3")));
		properties.put("titledSingle", Map.of("type", "string", "oneOf",
				List.of(Map.of("const", "value1", "title", "First Option"),
						Map.of("const", "value2", "title", "Second Option"),
						Map.of("const", "value3", "title", "Third Option"))));
		properties.put("legacyEnum", Map.of("type", "string", "enum", List.of("opt1", "opt2", "opt3"), "enumNames",
				List.of("Option One", "Option Two", "Option Three")));
		properties.put("untitledMulti", Map.of("type", "array", "minItems", 1, "maxItems", 3, "items",
				Map.of("type", "string", "enum", List.of("option1", "option2", "option3"))));
		properties.put("titledMulti", Map.of("type", "array", "minItems", 1, "maxItems", 3, "items",
				Map.of("anyOf", List.of(Map.of("const", "value1", "title", "First Choice"),
						Map.of("const", "value2", "title", "Second Choice"),
						Map.of("const", "value3", "title", "Third Choice")))));
		return Map.of("type", "object", "properties", properties, "required", List.of());
	}

	private static Map<String, Object> jsonSchema2020() {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("type", "object");
		schema.put("$defs", Map.of("address", Map.of("type", "object", "properties",
				Map.of("street", Map.of("type", "string"), "city", Map.of("type", "string")))));
		schema.put("properties", Map.of("name", Map.of("type", "string"), "address", Map.of("$ref", "#/$defs/address")));
		schema.put("additionalProperties", false);
		return schema;
	}

}
