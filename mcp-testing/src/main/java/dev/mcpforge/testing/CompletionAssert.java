package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.CompleteResult;

/** Assertions on a {@code completion/complete} result; get one from {@link McpAssertions#assertThat(CompleteResult)}. */
public class CompletionAssert extends AbstractCompletionAssert<CompletionAssert> {

	public CompletionAssert(CompleteResult actual) {
		super(actual, CompletionAssert.class);
	}

}
