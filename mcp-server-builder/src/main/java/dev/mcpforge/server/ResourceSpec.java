package dev.mcpforge.server;

import java.util.Objects;

import dev.mcpforge.core.ResourceDefinition;

/**
 * A resource to serve at a fixed URI. Immutable.
 *
 * <pre>{@code
 * ResourceSpec.of("config://app", "app-config", (req, ctx) -> loadConfigJson())
 *     .mimeType("application/json")
 *     .description("The running configuration");
 * }</pre>
 */
public final class ResourceSpec {

	final ResourceDefinition definition;

	final ResourceReader reader;

	private ResourceSpec(ResourceDefinition definition, ResourceReader reader) {
		this.definition = definition;
		this.reader = reader;
	}

	public static ResourceSpec of(String uri, String name, ResourceReader reader) {
		return new ResourceSpec(ResourceDefinition.of(uri, name),
				Objects.requireNonNull(reader, () -> "resource '" + uri + "' needs a reader"));
	}

	public ResourceSpec description(String text) {
		return new ResourceSpec(definition.withDescription(text), reader);
	}

	public ResourceSpec title(String text) {
		return new ResourceSpec(definition.withTitle(text), reader);
	}

	public ResourceSpec mimeType(String type) {
		return new ResourceSpec(definition.withMimeType(type), reader);
	}

	public ResourceDefinition definition() {
		return definition;
	}

	@Override
	public String toString() {
		return "ResourceSpec[" + definition.uri() + "]";
	}

}
