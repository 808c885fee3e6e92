package dev.mcpforge.testing;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ListPromptsResult;

/**
 * Assertions on a {@code prompts/list} result.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractPromptListAssert<SELF extends AbstractPromptListAssert<SELF>>
		extends AbstractAssert<SELF, ListPromptsResult> {

	protected AbstractPromptListAssert(ListPromptsResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	public SELF hasPrompt(String name) {
		isNotNull();
		if (find(name) == null) {
			failWithMessage("%nExpecting prompts/list to contain prompt \"%s\" but the prompts were:%n  %s", name,
					names());
		}
		return myself;
	}

	/** The prompt is listed and requires exactly these arguments (any order). */
	public SELF hasPromptWithRequiredArguments(String name, String... arguments) {
		hasPrompt(name);
		List<String> required = find(name).arguments() == null ? List.of()
				: find(name).arguments().stream()
					.filter(a -> Boolean.TRUE.equals(a.required()))
					.map(McpSchema.PromptArgument::name)
					.sorted()
					.toList();
		List<String> expected = Arrays.stream(arguments).sorted().toList();
		if (!required.equals(expected)) {
			failWithMessage("%nExpecting prompt \"%s\" to require exactly %s but it requires %s", name, expected,
					required);
		}
		return myself;
	}

	public SELF hasSize(int expected) {
		isNotNull();
		if (prompts().size() != expected) {
			failWithMessage("%nExpecting prompts/list to have %s prompts but had %s:%n  %s", expected, prompts().size(),
					names());
		}
		return myself;
	}

	private McpSchema.Prompt find(String name) {
		return prompts().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
	}

	private List<McpSchema.Prompt> prompts() {
		return actual.prompts() == null ? List.of() : actual.prompts();
	}

	private List<String> names() {
		return prompts().stream().map(McpSchema.Prompt::name).toList();
	}

}
