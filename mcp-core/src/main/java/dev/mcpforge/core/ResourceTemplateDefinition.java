package dev.mcpforge.core;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * A family of resources addressed by an RFC 6570 URI template, as listed by
 * {@code resources/templates/list}, e.g. {@code users://{id}/profile}.
 *
 * @param uriTemplate the template
 * @param name short name
 * @param title human-readable name, or {@code null}
 * @param description what the resources contain, or {@code null}
 * @param mimeType MIME type of their contents, or {@code null}
 * @param meta extra {@code _meta} entries
 */
public record ResourceTemplateDefinition(String uriTemplate, String name, String title, String description,
		String mimeType, Map<String, Object> meta) {

	private static final Pattern VARIABLE = Pattern.compile("\\{[+#./;?&]?([A-Za-z0-9_]+)\\*?}");

	public ResourceTemplateDefinition {
		ResourceDefinition.requireText(uriTemplate, "resource template uri");
		ResourceDefinition.requireText(name, "resource template name");
		if (variables(uriTemplate).isEmpty()) {
			throw new IllegalArgumentException("resource template '" + uriTemplate
					+ "' has no {variable}: register a plain resource instead");
		}
		meta = meta == null ? Map.of() : Maps.deepCopy(meta);
	}

	public static ResourceTemplateDefinition of(String uriTemplate, String name) {
		return new ResourceTemplateDefinition(uriTemplate, name, null, null, null, null);
	}

	public ResourceTemplateDefinition withTitle(String newTitle) {
		return new ResourceTemplateDefinition(uriTemplate, name, newTitle, description, mimeType, meta);
	}

	public ResourceTemplateDefinition withDescription(String newDescription) {
		return new ResourceTemplateDefinition(uriTemplate, name, title, newDescription, mimeType, meta);
	}

	public ResourceTemplateDefinition withMimeType(String newMimeType) {
		return new ResourceTemplateDefinition(uriTemplate, name, title, description, newMimeType, meta);
	}

	/** The variable names in order of appearance. */
	public List<String> variables() {
		return variables(uriTemplate);
	}

	public McpSchema.ResourceTemplate toSdk() {
		return McpSchema.ResourceTemplate.builder(uriTemplate, name)
			.title(title)
			.description(description)
			.mimeType(mimeType)
			.meta(meta.isEmpty() ? null : meta)
			.build();
	}

	private static List<String> variables(String template) {
		Matcher matcher = VARIABLE.matcher(template);
		List<String> names = new java.util.ArrayList<>();
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return List.copyOf(names);
	}

}
