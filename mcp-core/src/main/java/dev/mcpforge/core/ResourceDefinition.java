package dev.mcpforge.core;

import java.util.Map;
import java.util.Objects;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * A concrete resource as listed by {@code resources/list}.
 *
 * @param uri the resource's URI, e.g. {@code config://app}
 * @param name short name
 * @param title human-readable name, or {@code null}
 * @param description what it contains, or {@code null}
 * @param mimeType MIME type of its contents, or {@code null}
 * @param meta extra {@code _meta} entries
 */
public record ResourceDefinition(String uri, String name, String title, String description, String mimeType,
		Map<String, Object> meta) {

	public ResourceDefinition {
		requireText(uri, "resource uri");
		requireText(name, "resource name");
		meta = meta == null ? Map.of() : Maps.deepCopy(meta);
	}

	public static ResourceDefinition of(String uri, String name) {
		return new ResourceDefinition(uri, name, null, null, null, null);
	}

	public ResourceDefinition withTitle(String newTitle) {
		return new ResourceDefinition(uri, name, newTitle, description, mimeType, meta);
	}

	public ResourceDefinition withDescription(String newDescription) {
		return new ResourceDefinition(uri, name, title, newDescription, mimeType, meta);
	}

	public ResourceDefinition withMimeType(String newMimeType) {
		return new ResourceDefinition(uri, name, title, description, newMimeType, meta);
	}

	public ResourceDefinition withMeta(Map<String, Object> newMeta) {
		return new ResourceDefinition(uri, name, title, description, mimeType, newMeta);
	}

	public McpSchema.Resource toSdk() {
		return McpSchema.Resource.builder(uri, name)
			.title(title)
			.description(description)
			.mimeType(mimeType)
			.meta(meta.isEmpty() ? null : meta)
			.build();
	}

	static void requireText(String value, String what) {
		Objects.requireNonNull(value, what);
		if (value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
	}

}
