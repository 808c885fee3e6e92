package dev.mcpforge.testing;

import java.util.List;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema.CompleteResult;

/**
 * Assertions on a {@code completion/complete} result.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractCompletionAssert<SELF extends AbstractCompletionAssert<SELF>>
		extends AbstractAssert<SELF, CompleteResult> {

	protected AbstractCompletionAssert(CompleteResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	/** Exactly these values, in this order. */
	public SELF hasValues(String... expected) {
		isNotNull();
		if (!values().equals(List.of(expected))) {
			failWithMessage("%nExpecting completion values %s but were %s", List.of(expected), values());
		}
		return myself;
	}

	/** These values among others. */
	public SELF containsValues(String... expected) {
		isNotNull();
		if (!values().containsAll(List.of(expected))) {
			failWithMessage("%nExpecting completion values to contain %s but were %s", List.of(expected), values());
		}
		return myself;
	}

	public SELF hasNoValues() {
		isNotNull();
		if (!values().isEmpty()) {
			failWithMessage("%nExpecting no completion values but were %s", values());
		}
		return myself;
	}

	private List<String> values() {
		return actual.completion() == null || actual.completion().values() == null ? List.of()
				: actual.completion().values();
	}

}
