package dev.mcpforge.testing;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static dev.mcpforge.testing.McpAssertions.assertThatProtocolError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

import dev.mcpforge.core.McpException;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.PromptSpec;
import dev.mcpforge.server.ResourceSpec;
import dev.mcpforge.server.ResourceTemplateSpec;
import dev.mcpforge.server.ToolSpec;

/** Assertions on tool, resource and prompt catalogs, protocol errors and notifications, against a live server. */
@McpServerTest
class CatalogAssertionsTest {

	record Lookup(@NotBlank String sku, Integer quantity) {
	}

	@McpServerUnderTest
	static McpServer server = McpServer.builder()
		.name("catalog")
		.tool(ToolSpec.of("lookup", Lookup.class, (args, ctx) -> "found " + args.sku())
			.description("Looks up a product")
			.readOnly()
			.idempotent())
		.tool(ToolSpec.of("purge", ctx -> {
			ctx.warning("purging");
			ctx.progress(1, 2.0, "half");
			ctx.progress(2, 2.0, "done");
			return "purged";
		}).description("Deletes everything").destructive())
		.resource(ResourceSpec.of("catalog://readme", "readme", (req, ctx) -> "Read me first").mimeType("text/plain")
			.description("The readme"))
		.resource(ResourceSpec.of("catalog://broken", "broken", (req, ctx) -> {
			throw McpException.resourceNotFound(req.uri());
		}).description("Never there"))
		.resourceTemplate(ResourceTemplateSpec.of("catalog://products/{sku}", "product",
				(req, ctx) -> Map.of("sku", req.variable("sku").orElseThrow()))
			.description("One product")
			.complete("sku", (prefix, resolved) -> List.of("A-1", "A-2", "B-1").stream().filter(s -> s.startsWith(prefix)).toList()))
		.prompt(PromptSpec.of("describe", (args, ctx) -> "Describe " + args.require("sku"))
			.description("Describes a product")
			.argument("sku", "the product", true)
			.argument("tone", "how", false))
		.build();

	// docs:tool-list-assertions
	@Test
	void toolList(McpTestClient client) {
		assertThat(client.listTools()).hasSize(2)
			.hasTool("lookup")
			.doesNotHaveTool("delete")
			.hasOnlyTools("purge", "lookup")
			.tool("lookup")
			.hasDescription("Looks up a product")
			.hasRequiredArguments("sku")
			.hasArgument("sku", "string")
			.hasArgument("quantity")
			.isReadOnly()
			.isIdempotent();
		assertThat(client.listTools()).tool("purge").hasNoArguments().isDestructive().isNotReadOnly();
	}
	// end:tool-list-assertions

	@Test
	void toolListMessages(McpTestClient client) {
		var tools = client.listTools();
		assertThatThrownBy(() -> assertThat(tools).hasTool("delete"))
			.hasMessage(String.format("%nExpecting tools/list to contain tool \"delete\" but the tools were:%n  [lookup, purge]"));
		assertThatThrownBy(() -> assertThat(tools).tool("lookup").hasRequiredArguments("sku", "quantity"))
			.hasMessage(String.format("%nExpecting tool \"lookup\" to require exactly [quantity, sku] but it requires [sku]"));
		assertThatThrownBy(() -> assertThat(tools).tool("purge").isReadOnly())
			.hasMessage(String.format("%nExpecting tool \"purge\" to have readOnlyHint=true but its annotations were:%n"
					+ "  {\"readOnlyHint\":false,\"destructiveHint\":true}"));
	}

	// docs:protocol-errors
	@Test
	void protocolErrors(McpTestClient client) {
		assertThatProtocolError(() -> client.callTool("nope")).isInvalidParams().hasMessageContaining("Unknown tool");
		assertThatProtocolError(() -> client.readResource("catalog://broken")).isResourceNotFound()
			.hasMessage("Resource not found: catalog://broken");
		assertThatProtocolError(() -> client.getPrompt("describe")).hasCode(-32602)
			.hasMessage("Prompt 'describe' is missing required arguments: [sku]");
		assertThatThrownBy(() -> assertThatProtocolError(() -> client.getPrompt("describe")).isInternalError())
			.hasMessage(String.format("%nExpecting protocol error code -32603 (internal error) but was -32602 (invalid params):%n"
					+ "  \"Prompt 'describe' is missing required arguments: [sku]\""));
		assertThatThrownBy(() -> assertThatProtocolError(() -> client.callTool("lookup", Map.of("sku", "A-1"))))
			.hasMessage(String.format("%nExpecting a protocol error (McpError) but the call returned normally"));
		assertThatThrownBy(() -> assertThatProtocolError(() -> {
			throw new IllegalStateException("boom");
		})).hasMessage(String.format("%nExpecting a protocol error (McpError) but the call threw:%n  java.lang.IllegalStateException: boom"));
	}
	// end:protocol-errors

	@Test
	void resources(McpTestClient client) {
		assertThat(client.listResources()).hasResource("catalog://readme", "text/plain").hasSize(2)
			.doesNotHaveResource("catalog://missing");
		assertThat(client.listResourceTemplates()).hasTemplate("catalog://products/{sku}").hasSize(1);
		assertThat(client.readResource("catalog://readme")).hasText("Read me first").hasMimeType("text/plain")
			.hasUri("catalog://readme").hasContentsCount(1);
		assertThat(client.readResource("catalog://products/A-1")).hasText("{\"sku\":\"A-1\"}")
			.hasMimeType("application/json");
		assertThatThrownBy(() -> assertThat(client.readResource("catalog://readme")).hasBlob())
			.hasMessage(String.format("%nExpecting binary resource contents (a blob) but they were:%n"
					+ "  catalog://readme text/plain text \"Read me first\""));
	}

	@Test
	void promptsAndCompletions(McpTestClient client) {
		assertThat(client.listPrompts()).hasPrompt("describe").hasPromptWithRequiredArguments("describe", "sku").hasSize(1);
		assertThat(client.getPrompt("describe", Map.of("sku", "A-1"))).hasMessageCount(1)
			.hasText("Describe A-1")
			.hasMessage(McpSchema.Role.USER, "Describe A-1");
		assertThat(client.completeResourceTemplate("catalog://products/{sku}", "sku", "A")).hasValues("A-1", "A-2");
		assertThat(client.completePrompt("describe", "tone", "")).hasNoValues();
		assertThatThrownBy(() -> assertThat(client.completeResourceTemplate("catalog://products/{sku}", "sku", "B"))
			.hasValues("A-1")).hasMessage(String.format("%nExpecting completion values [A-1] but were [B-1]"));
	}

	// docs:notifications
	@Test
	void notifications(McpTestClient client) {
		assertThat(client.callTool("purge")).isSuccess();
		assertThat(client.notifications()).hasLog(LoggingLevel.WARNING, "purging")
			.hasLogContaining("purg")
			.hasLogMessages("purging")
			.hasProgress(1, 2)
			.hasProgressCountAtLeast(2)
			.hasMonotonicProgress();
		assertThat(client.notifications().progress("progress-1")).hasSize(2);

		assertThatThrownBy(() -> assertThat(client.notifications()).within(Duration.ofMillis(20))
			.hasLog(LoggingLevel.INFO, "purging"))
			.hasMessage(String.format("%nExpecting a log message info \"purging\" within 20 ms but received:%n  warning \"purging\""));
		assertThatThrownBy(() -> assertThat(client.notifications()).within(Duration.ofMillis(20)).hasProgress(1, 2, 3))
			.hasMessage(String.format("%nExpecting progress [1.0, 2.0, 3.0] within 20 ms but received:%n"
					+ "  progress-1: 1.0/2.0 \"half\"%n  progress-1: 2.0/2.0 \"done\""));
	}
	// end:notifications

	@Test
	void listChangesAndResourceUpdates(McpTestClient client) {
		client.subscribe("catalog://readme");
		server.notifyResourceUpdated("catalog://readme");
		server.addTool(ToolSpec.of("extra", ctx -> "x").description("Added at runtime"));
		try {
			assertThat(client.notifications()).hasResourceUpdated("catalog://readme").hasToolListChanged();
			assertThat(client.listTools()).hasTool("extra");
		}
		finally {
			server.removeTool("extra");
		}
	}

}
