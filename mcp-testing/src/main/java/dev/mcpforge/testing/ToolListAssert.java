package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.ListToolsResult;

/** Assertions on a {@code tools/list} result; get one from {@link McpAssertions#assertThat(ListToolsResult)}. */
public class ToolListAssert extends AbstractToolListAssert<ToolListAssert> {

	public ToolListAssert(ListToolsResult actual) {
		super(actual, ToolListAssert.class);
	}

}
