package dev.mcpforge.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.testing.internal.JsonValues;

/**
 * Assertions on one tool as listed by {@code tools/list}: arguments, hints, description.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractToolAssert<SELF extends AbstractToolAssert<SELF>>
		extends AbstractAssert<SELF, McpSchema.Tool> {

	protected AbstractToolAssert(McpSchema.Tool actual, Class<?> selfType) {
		super(actual, selfType);
	}

	public SELF hasDescription(String expected) {
		isNotNull();
		if (!expected.equals(actual.description())) {
			failWithMessage("%nExpecting tool \"%s\" to have description:%n  \"%s\"%nbut was:%n  \"%s\"", actual.name(),
					expected, actual.description());
		}
		return myself;
	}

	public SELF hasDescriptionContaining(String expected) {
		isNotNull();
		if (actual.description() == null || !actual.description().contains(expected)) {
			failWithMessage("%nExpecting tool \"%s\" description to contain:%n  \"%s\"%nbut was:%n  \"%s\"",
					actual.name(), expected, actual.description());
		}
		return myself;
	}

	public SELF hasTitle(String expected) {
		isNotNull();
		if (!expected.equals(actual.title())) {
			failWithMessage("%nExpecting tool \"%s\" to have title \"%s\" but was \"%s\"", actual.name(), expected,
					actual.title());
		}
		return myself;
	}

	/** The input schema declares an argument (property) with this name. */
	public SELF hasArgument(String name) {
		isNotNull();
		if (!properties().containsKey(name)) {
			failWithMessage("%nExpecting tool \"%s\" to have argument \"%s\" but its arguments were %s", actual.name(),
					name, properties().keySet());
		}
		return myself;
	}

	/** The argument exists and its schema {@code type} is {@code jsonType} ("string", "integer", ...). */
	public SELF hasArgument(String name, String jsonType) {
		hasArgument(name);
		Object type = properties().get(name) instanceof Map<?, ?> schema ? schema.get("type") : null;
		if (!jsonType.equals(type)) {
			failWithMessage("%nExpecting argument \"%s\" of tool \"%s\" to have type \"%s\" but its schema was:%n  %s",
					name, actual.name(), jsonType, JsonValues.compact(properties().get(name)));
		}
		return myself;
	}

	public SELF doesNotHaveArgument(String name) {
		isNotNull();
		if (properties().containsKey(name)) {
			failWithMessage("%nExpecting tool \"%s\" not to have argument \"%s\" but its arguments were %s",
					actual.name(), name, properties().keySet());
		}
		return myself;
	}

	public SELF hasNoArguments() {
		isNotNull();
		if (!properties().isEmpty()) {
			failWithMessage("%nExpecting tool \"%s\" to take no arguments but its arguments were %s", actual.name(),
					properties().keySet());
		}
		return myself;
	}

	/** Exactly these arguments are required, in any order. */
	public SELF hasRequiredArguments(String... names) {
		isNotNull();
		List<String> expected = Arrays.stream(names).sorted().toList();
		List<String> required = required().stream().sorted().toList();
		if (!expected.equals(required)) {
			failWithMessage("%nExpecting tool \"%s\" to require exactly %s but it requires %s", actual.name(), expected,
					required);
		}
		return myself;
	}

	public SELF hasOutputSchema() {
		isNotNull();
		if (actual.outputSchema() == null) {
			failWithMessage("%nExpecting tool \"%s\" to declare an output schema but it has none", actual.name());
		}
		return myself;
	}

	/** {@code readOnlyHint} is true (absent means false). */
	public SELF isReadOnly() {
		return hint("readOnlyHint", a -> flag(a.readOnlyHint(), false), true);
	}

	public SELF isNotReadOnly() {
		return hint("readOnlyHint", a -> flag(a.readOnlyHint(), false), false);
	}

	/**
	 * The tool may destroy data: not read-only, and {@code destructiveHint} true or absent (the
	 * MCP default for tools that are not read-only).
	 */
	public SELF isDestructive() {
		return hint("destructiveHint", a -> !flag(a.readOnlyHint(), false) && flag(a.destructiveHint(), true), true);
	}

	public SELF isNotDestructive() {
		return hint("destructiveHint", a -> !flag(a.readOnlyHint(), false) && flag(a.destructiveHint(), true), false);
	}

	/** {@code idempotentHint} is true (absent means false). */
	public SELF isIdempotent() {
		return hint("idempotentHint", a -> flag(a.idempotentHint(), false), true);
	}

	/** {@code openWorldHint} is true or absent (the MCP default). */
	public SELF isOpenWorld() {
		return hint("openWorldHint", a -> flag(a.openWorldHint(), true), true);
	}

	public SELF isClosedWorld() {
		return hint("openWorldHint", a -> flag(a.openWorldHint(), true), false);
	}

	private SELF hint(String name, Predicate<McpSchema.ToolAnnotations> effective, boolean expected) {
		isNotNull();
		McpSchema.ToolAnnotations annotations = actual.annotations();
		McpSchema.ToolAnnotations read = annotations == null
				? new McpSchema.ToolAnnotations(null, null, null, null, null, null) : annotations;
		if (effective.test(read) != expected) {
			failWithMessage("%nExpecting tool \"%s\" to have %s=%s but its annotations were:%n  %s", actual.name(), name,
					expected, annotations == null ? "(none)" : JsonValues.compact(annotations));
		}
		return myself;
	}

	private static boolean flag(Boolean value, boolean absent) {
		return value == null ? absent : value;
	}

	private Map<?, ?> properties() {
		Object properties = actual.inputSchema() == null ? null : actual.inputSchema().get("properties");
		return properties instanceof Map<?, ?> map ? map : Map.of();
	}

	private List<String> required() {
		Object required = actual.inputSchema() == null ? null : actual.inputSchema().get("required");
		return required instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

}
