package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** Assertions on a {@code tools/call} result; get one from {@link McpAssertions#assertThat(CallToolResult)}. */
public class CallToolResultAssert extends AbstractCallToolResultAssert<CallToolResultAssert> {

	public CallToolResultAssert(CallToolResult actual) {
		super(actual, CallToolResultAssert.class);
	}

}
