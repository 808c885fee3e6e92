package dev.mcpforge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DefinitionsTest {

	@Test
	void toolDefinitionPublishesHintsAndTags() {
		ToolDefinition tool = ToolDefinition.builder("get_order")
			.title("Get order")
			.description("Reads one order")
			.hints(ToolHints.NONE.withReadOnly(true))
			.tags(Set.of("orders"))
			.build();
		var sdk = tool.toSdk();
		assertThat(sdk.annotations().readOnlyHint()).isTrue();
		assertThat(sdk.annotations().title()).isEqualTo("Get order");
		assertThat(sdk.meta()).containsEntry(ToolDefinition.TAGS_META_KEY, List.of("orders"));
		assertThat(sdk.inputSchema()).isEqualTo(Map.of("type", "object", "properties", Map.of()));
	}

	@Test
	void badNamesAndMissingDescriptionsFailWithTheFix() {
		assertThatThrownBy(() -> ToolDefinition.builder("has space").description("d").build())
			.hasMessage("tool name 'has space' is invalid: use 1-128 characters of A-Z, a-z, 0-9, '_', '-' and '.'");
		assertThatThrownBy(() -> ToolDefinition.builder("t").build())
			.hasMessageStartingWith("tool 't' has no description");
		assertThatThrownBy(() -> ResourceTemplateDefinition.of("users://all", "u"))
			.hasMessageContaining("has no {variable}");
		assertThatThrownBy(() -> new PromptDefinition("p", null, "d",
				List.of(new PromptDefinition.Argument("a", null, null, true), new PromptDefinition.Argument("a", null, null, false)), null))
			.hasMessage("prompt 'p' declares argument 'a' twice");
	}

	@Test
	void definitionsAreImmutable() {
		Map<String, Object> schema = new java.util.HashMap<>(Map.of("type", "object"));
		ToolDefinition tool = ToolDefinition.builder("t").description("d").inputSchema(schema).build();
		schema.put("type", "string");
		assertThat(tool.inputSchema()).containsEntry("type", "object");
		assertThatThrownBy(() -> tool.inputSchema().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void templateVariablesAreListedInOrder() {
		assertThat(ResourceTemplateDefinition.of("repo://{owner}/{name}/issues{?state}", "issues").variables())
			.containsExactly("owner", "name", "state");
	}

}
