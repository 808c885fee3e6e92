package dev.mcpforge.testing.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.modelcontextprotocol.spec.McpSchema;

/** Readable views of MCP content lists, for assertions and their messages. */
public final class Contents {

	private Contents() {
	}

	/** The text blocks, joined by newlines; empty when there is none. */
	public static String text(List<? extends McpSchema.Content> content) {
		if (content == null) {
			return "";
		}
		return content.stream()
			.filter(McpSchema.TextContent.class::isInstance)
			.map(c -> ((McpSchema.TextContent) c).text())
			.collect(Collectors.joining("\n"));
	}

	/** One line per block: {@code text "..."}, {@code image image/png}, {@code resource test://x}. */
	public static String describe(List<? extends McpSchema.Content> content) {
		if (content == null || content.isEmpty()) {
			return "(no content)";
		}
		return content.stream().map(Contents::describe).collect(Collectors.joining("\n"));
	}

	public static String describe(McpSchema.Content c) {
		if (c instanceof McpSchema.TextContent t) {
			return "text \"" + t.text() + "\"";
		}
		if (c instanceof McpSchema.ImageContent i) {
			return "image " + i.mimeType();
		}
		if (c instanceof McpSchema.AudioContent a) {
			return "audio " + a.mimeType();
		}
		if (c instanceof McpSchema.EmbeddedResource r) {
			return "resource " + (r.resource() == null ? "?" : r.resource().uri());
		}
		if (c instanceof McpSchema.ResourceLink l) {
			return "resource_link " + l.uri();
		}
		return String.valueOf(c);
	}

	/** The text of a resource's contents, or {@code null} for a blob. */
	public static String text(McpSchema.ResourceContents contents) {
		return contents instanceof McpSchema.TextResourceContents t ? t.text() : null;
	}

}
