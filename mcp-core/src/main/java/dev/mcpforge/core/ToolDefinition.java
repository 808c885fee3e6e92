package dev.mcpforge.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * What a client learns about a tool from {@code tools/list}, independent of any transport.
 * Immutable; build one with {@link #builder(String)}.
 *
 * @param name unique name, 1–128 characters of {@code A-Z a-z 0-9 _ - .}
 * @param title human-readable name, or {@code null}
 * @param description what the tool does, for the model; never blank
 * @param inputSchema JSON Schema (2020-12) of the arguments object
 * @param outputSchema JSON Schema of {@code structuredContent}, or {@code null}
 * @param hints the MCP tool annotations
 * @param tags free labels for policies and filtering (published under {@code _meta})
 * @param meta extra {@code _meta} entries
 */
public record ToolDefinition(String name, String title, String description, Map<String, Object> inputSchema,
		Map<String, Object> outputSchema, ToolHints hints, Set<String> tags, Map<String, Object> meta) {

	/** The {@code _meta} key under which tags are published. */
	public static final String TAGS_META_KEY = "dev.mcpforge/tags";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

	public ToolDefinition {
		Objects.requireNonNull(name, "name");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("tool name '" + name
					+ "' is invalid: use 1-128 characters of A-Z, a-z, 0-9, '_', '-' and '.'");
		}
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException("tool '" + name
					+ "' has no description: models choose tools by their description, so give every tool one");
		}
		Objects.requireNonNull(inputSchema, "inputSchema");
		if (!"object".equals(inputSchema.get("type"))) {
			throw new IllegalArgumentException(
					"tool '" + name + "' input schema must have type 'object', but was " + inputSchema.get("type"));
		}
		inputSchema = Maps.deepCopy(inputSchema);
		outputSchema = outputSchema == null ? null : Maps.deepCopy(outputSchema);
		hints = hints == null ? ToolHints.NONE : hints;
		tags = tags == null ? Set.of() : Set.copyOf(tags);
		meta = meta == null ? Map.of() : Maps.deepCopy(meta);
	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	public Builder toBuilder() {
		return new Builder(name).title(title)
			.description(description)
			.inputSchema(inputSchema)
			.outputSchema(outputSchema)
			.hints(hints)
			.tags(tags)
			.meta(meta);
	}

	public boolean hasTag(String tag) {
		return tags.contains(tag);
	}

	/**
	 * A definition from what a server listed, for client-side use. Lenient where servers are: a
	 * missing description becomes {@code "(no description)"}, a missing schema an empty object.
	 */
	@SuppressWarnings("unchecked")
	public static ToolDefinition fromSdk(McpSchema.Tool tool) {
		McpSchema.ToolAnnotations annotations = tool.annotations();
		ToolHints hints = annotations == null ? ToolHints.NONE
				: new ToolHints(annotations.readOnlyHint(), annotations.destructiveHint(), annotations.idempotentHint(),
						annotations.openWorldHint());
		Map<String, Object> meta = tool.meta() == null ? Map.of() : tool.meta();
		Set<String> tags = meta.get(TAGS_META_KEY) instanceof java.util.Collection<?> listed
				? listed.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()) : Set.of();
		Map<String, Object> input = tool.inputSchema() == null || !"object".equals(tool.inputSchema().get("type"))
				? Map.of("type", "object", "properties", Map.of()) : tool.inputSchema();
		String description = tool.description() == null || tool.description().isBlank() ? "(no description)"
				: tool.description();
		Map<String, Object> ownMeta = new LinkedHashMap<>(meta);
		ownMeta.remove(TAGS_META_KEY);
		return new ToolDefinition(tool.name(), tool.title(), description, input, tool.outputSchema(), hints, tags,
				ownMeta);
	}

	/** The SDK's wire type for {@code tools/list}. */
	public McpSchema.Tool toSdk() {
		Map<String, Object> wireMeta = meta;
		if (!tags.isEmpty()) {
			wireMeta = new LinkedHashMap<>(meta);
			wireMeta.put(TAGS_META_KEY, tags.stream().sorted().toList());
		}
		return McpSchema.Tool.builder(name, inputSchema)
			.title(title)
			.description(description)
			.outputSchema(outputSchema)
			.annotations(hints.toSdk(title))
			.meta(wireMeta.isEmpty() ? null : wireMeta)
			.build();
	}

	/** Collects the parts of a {@link ToolDefinition}; {@link #build()} checks them. */
	public static final class Builder {

		private final String name;

		private String title;

		private String description;

		private Map<String, Object> inputSchema = Map.of("type", "object", "properties", Map.of());

		private Map<String, Object> outputSchema;

		private ToolHints hints = ToolHints.NONE;

		private Set<String> tags = Set.of();

		private Map<String, Object> meta = Map.of();

		private Builder(String name) {
			this.name = name;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/** Default: an object without properties (a tool that takes no arguments). */
		public Builder inputSchema(Map<String, Object> inputSchema) {
			this.inputSchema = Objects.requireNonNull(inputSchema, "inputSchema");
			return this;
		}

		public Builder outputSchema(Map<String, Object> outputSchema) {
			this.outputSchema = outputSchema;
			return this;
		}

		public Builder hints(ToolHints hints) {
			this.hints = Objects.requireNonNull(hints, "hints");
			return this;
		}

		public Builder tags(Set<String> tags) {
			this.tags = Objects.requireNonNull(tags, "tags");
			return this;
		}

		public Builder meta(Map<String, Object> meta) {
			this.meta = Objects.requireNonNull(meta, "meta");
			return this;
		}

		public ToolDefinition build() {
			return new ToolDefinition(name, title, description, inputSchema, outputSchema, hints, tags, meta);
		}

	}

}
