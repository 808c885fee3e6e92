package dev.mcpforge.testing;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ListToolsResult;

/**
 * Assertions on a {@code tools/list} result.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractToolListAssert<SELF extends AbstractToolListAssert<SELF>>
		extends AbstractAssert<SELF, ListToolsResult> {

	protected AbstractToolListAssert(ListToolsResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	public SELF hasTool(String name) {
		isNotNull();
		if (find(name) == null) {
			failWithMessage("%nExpecting tools/list to contain tool \"%s\" but the tools were:%n  %s", name, names());
		}
		return myself;
	}

	public SELF doesNotHaveTool(String name) {
		isNotNull();
		if (find(name) != null) {
			failWithMessage("%nExpecting tools/list not to contain tool \"%s\" but it does:%n  %s", name, names());
		}
		return myself;
	}

	/** Exactly these tools, in any order. */
	public SELF hasOnlyTools(String... names) {
		isNotNull();
		List<String> expected = Arrays.stream(names).sorted().toList();
		List<String> actualNames = names().stream().sorted().toList();
		if (!expected.equals(actualNames)) {
			failWithMessage("%nExpecting tools/list to contain exactly %s (any order) but the tools were:%n  %s",
					expected, names());
		}
		return myself;
	}

	public SELF hasSize(int expected) {
		isNotNull();
		if (tools().size() != expected) {
			failWithMessage("%nExpecting tools/list to have %s tools but had %s:%n  %s", expected, tools().size(),
					names());
		}
		return myself;
	}

	/** Assertions on one tool, which must be listed. */
	public ToolAssert tool(String name) {
		hasTool(name);
		return new ToolAssert(find(name));
	}

	private McpSchema.Tool find(String name) {
		return tools().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
	}

	private List<McpSchema.Tool> tools() {
		return actual.tools() == null ? List.of() : actual.tools();
	}

	private List<String> names() {
		return tools().stream().map(McpSchema.Tool::name).toList();
	}

}
