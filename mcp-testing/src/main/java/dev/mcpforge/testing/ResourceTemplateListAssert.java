package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.ListResourceTemplatesResult;

/** Assertions on a {@code resources/templates/list} result. */
public class ResourceTemplateListAssert extends AbstractResourceTemplateListAssert<ResourceTemplateListAssert> {

	public ResourceTemplateListAssert(ListResourceTemplatesResult actual) {
		super(actual, ResourceTemplateListAssert.class);
	}

}
