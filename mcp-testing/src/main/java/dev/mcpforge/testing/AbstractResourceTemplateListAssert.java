package dev.mcpforge.testing;

import java.util.List;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ListResourceTemplatesResult;

/**
 * Assertions on a {@code resources/templates/list} result.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractResourceTemplateListAssert<SELF extends AbstractResourceTemplateListAssert<SELF>>
		extends AbstractAssert<SELF, ListResourceTemplatesResult> {

	protected AbstractResourceTemplateListAssert(ListResourceTemplatesResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	public SELF hasTemplate(String uriTemplate) {
		isNotNull();
		if (!templates().contains(uriTemplate)) {
			failWithMessage("%nExpecting resources/templates/list to contain \"%s\" but the templates were:%n  %s",
					uriTemplate, templates());
		}
		return myself;
	}

	public SELF hasSize(int expected) {
		isNotNull();
		if (templates().size() != expected) {
			failWithMessage("%nExpecting resources/templates/list to have %s templates but had %s:%n  %s", expected,
					templates().size(), templates());
		}
		return myself;
	}

	private List<String> templates() {
		return actual.resourceTemplates() == null ? List.of()
				: actual.resourceTemplates().stream().map(McpSchema.ResourceTemplate::uriTemplate).toList();
	}

}
