package dev.mcpforge.testing;

import io.modelcontextprotocol.spec.McpSchema.ListResourcesResult;

/** Assertions on a {@code resources/list} result; get one from {@link McpAssertions#assertThat(ListResourcesResult)}. */
public class ResourceListAssert extends AbstractResourceListAssert<ResourceListAssert> {

	public ResourceListAssert(ListResourcesResult actual) {
		super(actual, ResourceListAssert.class);
	}

}
