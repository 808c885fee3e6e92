package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema;

/** Assertions on one listed tool; get one from {@link AbstractToolListAssert#tool(String)}. */
public class ToolAssert extends AbstractToolAssert<ToolAssert> {

	public ToolAssert(McpSchema.Tool actual) {
		super(actual, ToolAssert.class);
	}

}
