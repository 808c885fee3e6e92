package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;

/** Assertions on a {@code prompts/get} result; get one from {@link McpAssertions#assertThat(GetPromptResult)}. */
public class PromptResultAssert extends AbstractPromptResultAssert<PromptResultAssert> {

	public PromptResultAssert(GetPromptResult actual) {
		super(actual, PromptResultAssert.class);
	}

}
