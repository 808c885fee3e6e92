package dev.mcpforge.server.internal;

import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.server.ResourceReader;

/** A concrete resource ready to serve. */
public record RegisteredResource(ResourceDefinition definition, ResourceReader reader) {
}
