package dev.mcpforge.examples.conformance;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpServerTest;
import dev.mcpforge.testing.McpServerUnderTest;
import dev.mcpforge.testing.McpTestClient;

/**
 * Every behaviour the official conformance suite checks on this fixture, exercised in memory
 * through the testing kit: each tool (with scripted sampling and elicitation), logging and
 * progress notifications, resources, templates, subscriptions, prompts and completion.
 */
@McpServerTest
class ConformanceInMemoryTest {

	static final String PNG = ConformanceServer.PNG;

	@McpServerUnderTest
	static McpServer server() {
		return ConformanceServer.create();
	}

	@Test
	void listsEveryToolWithADescription(McpTestClient client) {
		assertThat(client.listTools()).hasOnlyTools("test_simple_text", "test_image_content", "test_audio_content",
				"test_embedded_resource", "test_multiple_content_types", "test_tool_with_logging",
				"test_tool_with_progress", "test_error_handling", "test_sampling", "test_elicitation",
				"test_elicitation_sep1034_defaults", "test_elicitation_sep1330_enums", "json_schema_2020_12_tool");
		assertThat(client.listTools().tools()).allSatisfy(t -> assertThat(t.description()).isNotBlank());
		assertThat(client.listTools()).tool("test_sampling").hasRequiredArguments("prompt").hasArgument("prompt", "string");
		assertThat(client.listTools()).tool("test_simple_text").hasNoArguments();
	}

	@Test
	void contentTools(McpTestClient client) {
		assertThat(client.callTool("test_simple_text")).isSuccess()
			.hasText("This is a simple text response for testing.");
		assertThat(client.callTool("test_image_content")).isSuccess().hasImage("image/png").hasContentCount(1);
		assertThat(client.callTool("test_audio_content")).isSuccess().hasAudio("audio/wav");
		assertThat(client.callTool("test_embedded_resource")).isSuccess().hasEmbeddedResource("test://embedded-resource");
		assertThat(client.callTool("test_multiple_content_types")).isSuccess()
			.hasContentCount(3)
			.hasText("Multiple content types test:")
			.hasImage("image/png")
			.hasEmbeddedResource("test://mixed-content-resource");
	}

	@Test
	void loggingTool(McpTestClient client) {
		assertThat(client.callTool("test_tool_with_logging")).hasText("Tool with logging executed successfully");
		assertThat(client.notifications()).hasLogMessages("Tool execution started", "Tool processing data",
				"Tool execution completed")
			.hasLog(LoggingLevel.INFO, "Tool processing data");
	}

	@Test
	void progressTool(McpTestClient client) {
		assertThat(client.callTool("test_tool_with_progress")).isSuccess();
		assertThat(client.notifications()).hasProgress(0, 50, 100).hasMonotonicProgress();
		assertThat(client.notifications().progress()).extracting(McpSchema.ProgressNotification::progressToken)
			.containsOnly("progress-1");
	}

	@Test
	void errorTool(McpTestClient client) {
		assertThat(client.callTool("test_error_handling")).isToolError()
			.hasText("This tool intentionally returns an error for testing");
	}

	@Test
	void samplingTool(McpTestClient client) {
		client.sampling().replyWith(prompt -> "echo of " + prompt);
		assertThat(client.callTool("test_sampling", Map.of("prompt", "What is MCP?"))).isSuccess()
			.hasText("LLM response: echo of What is MCP?");
		McpSchema.CreateMessageRequest request = client.sampling().requests().get(0);
		assertThat(request.maxTokens()).isEqualTo(100);
		assertThat(request.messages()).singleElement().extracting(McpSchema.SamplingMessage::role)
			.isEqualTo(McpSchema.Role.USER);
	}

	@Test
	void elicitationTool(McpTestClient client) {
		client.elicitation().accept(Map.of("username", "testuser", "email", "test@example.com"));
		assertThat(client.callTool("test_elicitation", Map.of("message", "Please provide your details"))).isSuccess()
			.textContains("User response: accept", "username=testuser", "email=test@example.com");
		McpSchema.ElicitFormRequest form = client.elicitation().requests().get(0);
		assertThat(form.message()).isEqualTo("Please provide your details");
		assertThat(form.requestedSchema()).containsEntry("required", List.of("username", "email"));

		client.elicitation().decline();
		assertThat(client.callTool("test_elicitation", Map.of("message", "again?"))).hasText("User response: decline, null");
	}

	@Test
	void elicitationDefaultsTool(McpTestClient client) {
		client.elicitation().acceptDefaults();
		assertThat(client.callTool("test_elicitation_sep1034_defaults")).isSuccess()
			.textContains("action=accept", "name=John Doe", "age=30", "score=95.5", "status=active", "verified=true");
	}

	@Test
	void elicitationEnumsTool(McpTestClient client) {
		client.elicitation().acceptWith(form -> Map.of("untitledSingle", "option1", "titledSingle", "value2",
				"legacyEnum", "opt3", "untitledMulti", List.of("option1"), "titledMulti", List.of("value1", "value3")));
		assertThat(client.callTool("test_elicitation_sep1330_enums")).isSuccess()
			.textContains("action=accept", "titledSingle=value2", "titledMulti=[value1, value3]");
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) client.elicitation().requests().get(0).requestedSchema()
			.get("properties");
		assertThat(properties).containsOnlyKeys("untitledSingle", "titledSingle", "legacyEnum", "untitledMulti",
				"titledMulti");
	}

	@Test
	void jsonSchema2020Tool(McpTestClient client) {
		McpSchema.Tool tool = client.listTools().tools().stream()
			.filter(t -> t.name().equals("json_schema_2020_12_tool"))
			.findFirst()
			.orElseThrow();
		assertThat(tool.inputSchema()).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema")
			.containsEntry("additionalProperties", false)
			.containsKey("$defs");
		assertThat(client.callTool("json_schema_2020_12_tool", Map.of("name", "Ann", "address", Map.of("city", "Oslo"))))
			.isSuccess()
			.textContains("Received:", "name=Ann", "city=Oslo");
	}

	@Test
	void resources(McpTestClient client) {
		assertThat(client.listResources()).hasSize(3)
			.hasResource("test://static-text", "text/plain")
			.hasResource("test://static-binary", "image/png")
			.hasResource("test://watched-resource");
		assertThat(client.listResourceTemplates()).hasTemplate("test://template/{id}/data");
		assertThat(client.readResource("test://static-text"))
			.hasText("This is the content of the static text resource.")
			.hasMimeType("text/plain")
			.hasUri("test://static-text");
		assertThat(client.readResource("test://static-binary")).hasBlob().hasMimeType("image/png");
		assertThat(((McpSchema.BlobResourceContents) client.readResource("test://static-binary").contents().get(0)).blob())
			.isEqualTo(PNG);
		assertThat(client.readResource("test://template/123/data")).hasMimeType("application/json")
			.textContains("\"id\":\"123\"", "Data for ID: 123");
		client.subscribe("test://watched-resource");
		client.unsubscribe("test://watched-resource");
	}

	@Test
	void watchedResourceUpdatesReachSubscribers(McpTestClient client, McpServer server) {
		client.subscribe("test://watched-resource");
		server.notifyResourceUpdated("test://watched-resource");
		assertThat(client.notifications()).hasResourceUpdated("test://watched-resource");
	}

	@Test
	void prompts(McpTestClient client) {
		assertThat(client.listPrompts()).hasSize(4)
			.hasPromptWithRequiredArguments("test_simple_prompt")
			.hasPromptWithRequiredArguments("test_prompt_with_arguments", "arg1", "arg2")
			.hasPromptWithRequiredArguments("test_prompt_with_embedded_resource", "resourceUri")
			.hasPrompt("test_prompt_with_image");
		assertThat(client.getPrompt("test_simple_prompt")).hasMessageCount(1)
			.hasMessage(McpSchema.Role.USER, "This is a simple prompt for testing.");
		assertThat(client.getPrompt("test_prompt_with_arguments", Map.of("arg1", "testValue1", "arg2", "testValue2")))
			.hasText("Prompt with arguments: arg1='testValue1', arg2='testValue2'");
		assertThat(client.getPrompt("test_prompt_with_embedded_resource", Map.of("resourceUri", "test://example-resource")))
			.hasMessageCount(2)
			.hasEmbeddedResource("test://example-resource")
			.textContains("Please process the embedded resource above.");
		assertThat(client.getPrompt("test_prompt_with_image")).hasImage().textContains("Please analyze the image above.");
	}

	@Test
	void completionLoggingLevelAndPing(McpTestClient client) {
		assertThat(client.completePrompt("test_prompt_with_arguments", "arg1", "pa")).hasValues("paris", "park", "party");
		assertThat(client.completePrompt("test_prompt_with_arguments", "arg1", "test")).hasNoValues();
		client.setLoggingLevel(LoggingLevel.INFO);
		client.ping();
	}

}
