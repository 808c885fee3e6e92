package dev.mcpforge.testing;

import java.util.List;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ListResourcesResult;

/**
 * Assertions on a {@code resources/list} result.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractResourceListAssert<SELF extends AbstractResourceListAssert<SELF>>
		extends AbstractAssert<SELF, ListResourcesResult> {

	protected AbstractResourceListAssert(ListResourcesResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	public SELF hasResource(String uri) {
		isNotNull();
		if (!uris().contains(uri)) {
			failWithMessage("%nExpecting resources/list to contain \"%s\" but the resources were:%n  %s", uri, uris());
		}
		return myself;
	}

	public SELF doesNotHaveResource(String uri) {
		isNotNull();
		if (uris().contains(uri)) {
			failWithMessage("%nExpecting resources/list not to contain \"%s\" but it does:%n  %s", uri, uris());
		}
		return myself;
	}

	/** The resource {@code uri} is listed with this MIME type. */
	public SELF hasResource(String uri, String mimeType) {
		hasResource(uri);
		McpSchema.Resource resource = resources().stream().filter(r -> r.uri().equals(uri)).findFirst().orElseThrow();
		if (!mimeType.equals(resource.mimeType())) {
			failWithMessage("%nExpecting resource \"%s\" to have MIME type \"%s\" but was \"%s\"", uri, mimeType,
					resource.mimeType());
		}
		return myself;
	}

	public SELF hasSize(int expected) {
		isNotNull();
		if (resources().size() != expected) {
			failWithMessage("%nExpecting resources/list to have %s resources but had %s:%n  %s", expected,
					resources().size(), uris());
		}
		return myself;
	}

	private List<McpSchema.Resource> resources() {
		return actual.resources() == null ? List.of() : actual.resources();
	}

	private List<String> uris() {
		return resources().stream().map(McpSchema.Resource::uri).toList();
	}

}
