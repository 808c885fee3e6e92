package dev.mcpforge.middleware.policy;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.ToolHints;

/** A condition on the tool, for {@link AccessRules}: by name, tag or hint. */
public final class Tools {

	private final String description;

	private final Predicate<ToolDefinition> test;

	private Tools(String description, Predicate<ToolDefinition> test) {
		this.description = description;
		this.test = test;
	}

	/** Tools with one of these names. */
	public static Tools named(String... names) {
		Set<String> all = Set.copyOf(Arrays.asList(names));
		return new Tools("tools " + String.join(", ", names), t -> all.contains(t.name()));
	}

	/** Tools with this tag. */
	public static Tools tagged(String tag) {
		Objects.requireNonNull(tag, "tag");
		return new Tools("tools tagged " + tag, t -> t.tags().contains(tag));
	}

	/**
	 * Tools that may be destructive, read as the MCP spec defines the hints: every tool that is
	 * not marked {@code readOnly} and not marked {@code destructive(false)}. A tool without hints
	 * counts as destructive (fail closed).
	 */
	public static Tools destructive() {
		return new Tools("destructive tools", t -> {
			ToolHints hints = t.hints();
			return !Boolean.TRUE.equals(hints.readOnly()) && !Boolean.FALSE.equals(hints.destructive());
		});
	}

	/** Tools marked {@code readOnly}. */
	public static Tools readOnly() {
		return new Tools("read-only tools", t -> Boolean.TRUE.equals(t.hints().readOnly()));
	}

	/** Tools not marked {@code readOnly}. */
	public static Tools notReadOnly() {
		return new Tools("tools not read-only", t -> !Boolean.TRUE.equals(t.hints().readOnly()));
	}

	/** Every tool. */
	public static Tools all() {
		return new Tools("all tools", t -> true);
	}

	public boolean matches(ToolDefinition tool) {
		return test.test(tool);
	}

	@Override
	public String toString() {
		return description;
	}

}
