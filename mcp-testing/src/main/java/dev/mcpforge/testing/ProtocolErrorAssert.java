package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpError;

/** Assertions on a JSON-RPC error; get one from {@link McpAssertions#assertThatProtocolError}. */
public class ProtocolErrorAssert extends AbstractProtocolErrorAssert<ProtocolErrorAssert> {

	public ProtocolErrorAssert(McpError actual) {
		super(actual, ProtocolErrorAssert.class);
	}

}
