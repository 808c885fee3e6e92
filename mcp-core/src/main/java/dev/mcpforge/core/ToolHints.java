package dev.mcpforge.core;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * The MCP tool annotations: hints for clients, never guarantees. {@code null} means "not
 * stated" and is omitted from {@code tools/list}.
 *
 * @param readOnly the tool does not modify its environment
 * @param destructive the tool may perform destructive updates (meaningful when not read-only)
 * @param idempotent calling it again with the same arguments has no additional effect
 * @param openWorld the tool interacts with an open world of external entities
 */
public record ToolHints(Boolean readOnly, Boolean destructive, Boolean idempotent, Boolean openWorld) {

	/** No hints stated. */
	public static final ToolHints NONE = new ToolHints(null, null, null, null);

	public ToolHints withReadOnly(boolean value) {
		return new ToolHints(value, destructive, idempotent, openWorld);
	}

	public ToolHints withDestructive(boolean value) {
		return new ToolHints(readOnly, value, idempotent, openWorld);
	}

	public ToolHints withIdempotent(boolean value) {
		return new ToolHints(readOnly, destructive, value, openWorld);
	}

	public ToolHints withOpenWorld(boolean value) {
		return new ToolHints(readOnly, destructive, idempotent, value);
	}

	public boolean isEmpty() {
		return readOnly == null && destructive == null && idempotent == null && openWorld == null;
	}

	/** True when the tool is declared read-only or idempotent, so a retry cannot do harm. */
	public boolean isSafeToRetry() {
		return Boolean.TRUE.equals(readOnly) || Boolean.TRUE.equals(idempotent);
	}

	McpSchema.ToolAnnotations toSdk(String title) {
		if (isEmpty() && title == null) {
			return null;
		}
		return new McpSchema.ToolAnnotations(title, readOnly, destructive, idempotent, openWorld, null);
	}

}
