package dev.mcpforge.server.internal;

import io.modelcontextprotocol.spec.McpSchema;

/** What mcpforge servers announce at {@code initialize}. */
final class Capabilities {

	private Capabilities() {
	}

	/** Sessions can be told about list changes and resource updates, and receive logs. */
	static McpSchema.ServerCapabilities forSessions() {
		return McpSchema.ServerCapabilities.builder()
			.tools(true)
			.resources(true, true)
			.prompts(true)
			.logging()
			.completions()
			.build();
	}

	/** Stateless HTTP has no channel to push notifications on. */
	static McpSchema.ServerCapabilities forStateless() {
		return McpSchema.ServerCapabilities.builder()
			.tools(false)
			.resources(false, false)
			.prompts(false)
			.completions()
			.build();
	}

}
