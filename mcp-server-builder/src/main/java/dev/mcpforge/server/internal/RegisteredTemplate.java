package dev.mcpforge.server.internal;

import java.util.Map;

import io.modelcontextprotocol.util.DefaultMcpUriTemplateManager;
import io.modelcontextprotocol.util.McpUriTemplateManager;

import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.server.Completer;
import dev.mcpforge.server.ResourceReader;

/**
 * A resource template ready to serve, with completers by variable name and the template compiled
 * once for extracting variables from requested URIs.
 */
public record RegisteredTemplate(ResourceTemplateDefinition definition, ResourceReader reader,
		Map<String, Completer> completers, McpUriTemplateManager uriTemplateManager) {

	public RegisteredTemplate(ResourceTemplateDefinition definition, ResourceReader reader,
			Map<String, Completer> completers) {
		this(definition, reader, completers, new DefaultMcpUriTemplateManager(definition.uriTemplate()));
	}

}
