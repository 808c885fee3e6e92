package dev.mcpforge.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The arguments of a tool call do not fit the tool: wrong types, unknown or missing fields,
 * violated constraints. Lists every problem at once so a model can fix its call in one go.
 * Surfaces as a tool result with {@code isError: true}.
 */
public class InvalidArgumentsException extends ToolException {

	private static final long serialVersionUID = 1L;

	private final transient List<Violation> violations;

	public InvalidArgumentsException(List<Violation> violations) {
		super(format(violations));
		this.violations = violations.stream().sorted().toList();
	}

	/** The problems, sorted by path. Never empty. */
	public List<Violation> violations() {
		return violations;
	}

	private static String format(List<Violation> violations) {
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("an InvalidArgumentsException needs at least one violation");
		}
		return "Invalid arguments (" + violations.size() + (violations.size() == 1 ? " problem" : " problems") + "):\n"
				+ violations.stream().sorted().map(v -> "- " + v).collect(Collectors.joining("\n"));
	}

}
