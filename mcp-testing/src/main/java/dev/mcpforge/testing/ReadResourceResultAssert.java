package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;

/** Assertions on a {@code resources/read} result; get one from {@link McpAssertions#assertThat(ReadResourceResult)}. */
public class ReadResourceResultAssert extends AbstractReadResourceResultAssert<ReadResourceResultAssert> {

	public ReadResourceResultAssert(ReadResourceResult actual) {
		super(actual, ReadResourceResultAssert.class);
	}

}
