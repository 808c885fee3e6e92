package dev.mcpforge.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

	/** {@code readOnlyHint} is true. */
	public SELF isReadOnly() {
		return hint("readOnlyHint", McpSchema.ToolAnnotations::readOnlyHint, true);
	}

	public SELF isNotReadOnly() {
		return hint("readOnlyHint", McpSchema.ToolAnnotations::readOnlyHint, false);
	}

	/** {@code destructiveHint} is true. */
	public SELF isDestructive() {
		return hint("destructiveHint", McpSchema.ToolAnnotations::destructiveHint, true);
	}

	/** {@code idempotentHint} is true. */
	public SELF isIdempotent() {
		return hint("idempotentHint", McpSchema.ToolAnnotations::idempotentHint, true);
	}

	/** {@code openWorldHint} is true. */
	public SELF isOpenWorld() {
		return hint("openWorldHint", McpSchema.ToolAnnotations::openWorldHint, true);
	}

	private SELF hint(String name, Function<McpSchema.ToolAnnotations, Boolean> read, boolean expected) {
		isNotNull();
		McpSchema.ToolAnnotations annotations = actual.annotations();
		Boolean value = annotations == null ? null : read.apply(annotations);
		// an absent hint means false for readOnly/idempotent, and false here for every hint
		boolean effective = Boolean.TRUE.equals(value);
		if (effective != expected) {
			failWithMessage("%nExpecting tool \"%s\" to have %s=%s but its annotations were:%n  %s", actual.name(), name,
					expected, annotations == null ? "(none)" : JsonValues.compact(annotations));
		}
		return myself;
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
