package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.ListPromptsResult;

/** Assertions on a {@code prompts/list} result; get one from {@link McpAssertions#assertThat(ListPromptsResult)}. */
public class PromptListAssert extends AbstractPromptListAssert<PromptListAssert> {

	public PromptListAssert(ListPromptsResult actual) {
		super(actual, PromptListAssert.class);
	}

}
