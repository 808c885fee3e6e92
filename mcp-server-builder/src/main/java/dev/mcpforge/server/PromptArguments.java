package dev.mcpforge.server;

import java.util.Map;
import java.util.Optional;

/** The arguments of a {@code prompts/get} request. Required ones have been checked. */
public final class PromptArguments {

	private final Map<String, String> values;

	public PromptArguments(Map<String, String> values) {
		this.values = values == null ? Map.of() : Map.copyOf(values);
	}

	/** The argument's value, or empty when the client did not pass it. */
	public Optional<String> get(String name) {
		return Optional.ofNullable(values.get(name));
	}

	/** The value of an argument the prompt declares as required. */
	public String require(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalStateException("prompt argument '" + name + "' was not passed");
		}
		return value;
	}

	public Map<String, String> asMap() {
		return values;
	}

	@Override
	public String toString() {
		return values.toString();
	}

}
