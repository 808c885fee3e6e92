package dev.mcpforge.server.internal;

import java.util.Map;

import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.server.Completer;
import dev.mcpforge.server.ResourceReader;

/** A resource template ready to serve, with completers by variable name. */
public record RegisteredTemplate(ResourceTemplateDefinition definition, ResourceReader reader,
		Map<String, Completer> completers) {
}
