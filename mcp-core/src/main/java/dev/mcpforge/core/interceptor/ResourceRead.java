package dev.mcpforge.core.interceptor;

import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;

/**
 * A {@code resources/read}, with the definition it reached: a concrete resource or the template
 * that matched the URI (exactly one of the two).
 *
 * @param uri the URI read
 * @param resource the concrete resource, or {@code null} when a template matched
 * @param template the template that matched, or {@code null} for a concrete resource
 */
public record ResourceRead(String uri, ResourceDefinition resource, ResourceTemplateDefinition template,
		CallContext context) implements McpRequest {

	public ResourceRead {
		if ((resource == null) == (template == null)) {
			throw new IllegalArgumentException("a resource read names a resource or a template, not both or neither");
		}
	}

	/** The template that matched, or {@code null} for a concrete resource. */
	public String uriTemplate() {
		return template == null ? null : template.uriTemplate();
	}

	@Override
	public String method() {
		return "resources/read";
	}

	@Override
	public String target() {
		return uri;
	}

	@Override
	public ResourceRead withContext(CallContext newContext) {
		return new ResourceRead(uri, resource, template, newContext);
	}

}
