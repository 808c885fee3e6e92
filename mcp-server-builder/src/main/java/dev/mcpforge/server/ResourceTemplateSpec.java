package dev.mcpforge.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.mcpforge.core.ResourceTemplateDefinition;

/**
 * A family of resources under an RFC 6570 URI template. The reader gets the variables the
 * requested URI filled in. Immutable.
 *
 * <pre>{@code
 * ResourceTemplateSpec.of("users://{id}/profile", "user-profile",
 *         (req, ctx) -> profiles.find(req.variable("id").orElseThrow()))
 *     .mimeType("application/json")
 *     .complete("id", (prefix, resolved) -> profiles.idsStartingWith(prefix));
 * }</pre>
 */
public final class ResourceTemplateSpec {

	final ResourceTemplateDefinition definition;

	final ResourceReader reader;

	final Map<String, Completer> completers;

	private ResourceTemplateSpec(ResourceTemplateDefinition definition, ResourceReader reader,
			Map<String, Completer> completers) {
		this.definition = definition;
		this.reader = reader;
		this.completers = completers;
	}

	public static ResourceTemplateSpec of(String uriTemplate, String name, ResourceReader reader) {
		return new ResourceTemplateSpec(ResourceTemplateDefinition.of(uriTemplate, name),
				Objects.requireNonNull(reader, () -> "resource template '" + uriTemplate + "' needs a reader"),
				Map.of());
	}

	public ResourceTemplateSpec description(String text) {
		return new ResourceTemplateSpec(definition.withDescription(text), reader, completers);
	}

	public ResourceTemplateSpec title(String text) {
		return new ResourceTemplateSpec(definition.withTitle(text), reader, completers);
	}

	public ResourceTemplateSpec mimeType(String type) {
		return new ResourceTemplateSpec(definition.withMimeType(type), reader, completers);
	}

	/**
	 * Offers completions for one template variable.
	 * @throws IllegalArgumentException if the template has no such variable
	 */
	public ResourceTemplateSpec complete(String variable, Completer completer) {
		if (!definition.variables().contains(variable)) {
			throw new IllegalArgumentException("resource template '" + definition.uriTemplate()
					+ "' has no variable '" + variable + "'; its variables are " + definition.variables());
		}
		Map<String, Completer> all = new LinkedHashMap<>(completers);
		all.put(variable, Objects.requireNonNull(completer, "completer"));
		return new ResourceTemplateSpec(definition, reader, Map.copyOf(all));
	}

	public ResourceTemplateDefinition definition() {
		return definition;
	}

	@Override
	public String toString() {
		return "ResourceTemplateSpec[" + definition.uriTemplate() + "]";
	}

}
