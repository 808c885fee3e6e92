package dev.mcpforge.testing;

import java.util.Objects;

/**
 * One difference between two tool lists, as found by {@link ToolSnapshots#diff}.
 *
 * @param kind what changed
 * @param tool the tool's name
 * @param detail a sentence naming the change, e.g. {@code required argument 'currency' added}
 * @param breaking whether a client that worked against the old list may fail against the new
 */
public record ToolChange(Kind kind, String tool, String detail, boolean breaking) {

	/** Kinds of change, from a client's point of view. */
	public enum Kind {

		/** Breaking: clients calling it fail. */
		TOOL_REMOVED,
		/** Compatible. */
		TOOL_ADDED,
		/** Breaking: old calls lack it. */
		REQUIRED_ARGUMENT_ADDED,
		/** Compatible. */
		OPTIONAL_ARGUMENT_ADDED,
		/** Breaking: old calls that send it are rejected. */
		ARGUMENT_REMOVED,
		/** Breaking. */
		ARGUMENT_TYPE_CHANGED,
		/** Breaking: an optional argument became required. */
		ARGUMENT_NOW_REQUIRED,
		/** Compatible. */
		ARGUMENT_NO_LONGER_REQUIRED,
		/** Breaking: constraints, formats, enums or nested shapes changed; may reject old calls. */
		ARGUMENT_SCHEMA_CHANGED,
		/** Breaking: e.g. {@code additionalProperties} or {@code $defs}. */
		INPUT_SCHEMA_CHANGED,
		/** Compatible, but models choose tools by it: review it. */
		DESCRIPTION_CHANGED,
		/** Compatible. */
		TITLE_CHANGED,
		/**
		 * Breaking when a tool stops being read-only or becomes destructive (clients may have
		 * auto-approved it); compatible otherwise.
		 */
		ANNOTATIONS_CHANGED,
		/** Breaking when a field is removed or retyped (or the schema dropped); compatible otherwise. */
		OUTPUT_SCHEMA_CHANGED,
		/** Compatible: {@code _meta}, icons and the like. */
		METADATA_CHANGED

	}

	public ToolChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(tool, "tool");
		Objects.requireNonNull(detail, "detail");
	}

	/** One line: {@code BREAKING   tool 'create_order': required argument 'currency' added}. */
	@Override
	public String toString() {
		String subject = kind == Kind.TOOL_ADDED || kind == Kind.TOOL_REMOVED ? "tool '" + tool + "' " + detail
				: "tool '" + tool + "': " + detail;
		return (breaking ? "BREAKING   " : "COMPATIBLE ") + subject;
	}

}
