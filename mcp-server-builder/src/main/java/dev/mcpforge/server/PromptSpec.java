package dev.mcpforge.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.mcpforge.core.PromptDefinition;

/**
 * A prompt template to serve. Immutable.
 *
 * <pre>{@code
 * PromptSpec.of("review_code", (args, ctx) -> "Review this " + args.require("language") + " code")
 *     .description("Asks for a code review")
 *     .argument("language", "Programming language", true)
 *     .complete("language", (prefix, resolved) -> languagesStartingWith(prefix));
 * }</pre>
 */
public final class PromptSpec {

	final String name;

	final String title;

	final String description;

	final List<PromptDefinition.Argument> arguments;

	final Map<String, Completer> completers;

	final PromptRenderer renderer;

	private PromptSpec(String name, String title, String description, List<PromptDefinition.Argument> arguments,
			Map<String, Completer> completers, PromptRenderer renderer) {
		this.name = name;
		this.title = title;
		this.description = description;
		this.arguments = arguments;
		this.completers = completers;
		this.renderer = renderer;
	}

	public static PromptSpec of(String name, PromptRenderer renderer) {
		Objects.requireNonNull(name, "name");
		return new PromptSpec(name, null, null, List.of(), Map.of(),
				Objects.requireNonNull(renderer, () -> "prompt '" + name + "' needs a renderer"));
	}

	/** What the prompt is for. Required. */
	public PromptSpec description(String text) {
		return new PromptSpec(name, title, text, arguments, completers, renderer);
	}

	public PromptSpec title(String text) {
		return new PromptSpec(name, text, description, arguments, completers, renderer);
	}

	/** Declares an argument, in order. */
	public PromptSpec argument(String argumentName, String argumentDescription, boolean required) {
		List<PromptDefinition.Argument> all = new ArrayList<>(arguments);
		all.add(new PromptDefinition.Argument(argumentName, null, argumentDescription, required));
		return new PromptSpec(name, title, description, List.copyOf(all), completers, renderer);
	}

	/**
	 * Offers completions for a declared argument.
	 * @throws IllegalArgumentException if no such argument was declared before
	 */
	public PromptSpec complete(String argumentName, Completer completer) {
		if (arguments.stream().noneMatch(a -> a.name().equals(argumentName))) {
			throw new IllegalArgumentException("prompt '" + name + "' has no argument '" + argumentName
					+ "': declare it with argument(...) before complete(...)");
		}
		Map<String, Completer> all = new LinkedHashMap<>(completers);
		all.put(argumentName, Objects.requireNonNull(completer, "completer"));
		return new PromptSpec(name, title, description, arguments, Map.copyOf(all), renderer);
	}

	public PromptDefinition definition() {
		return new PromptDefinition(name, title, description, arguments, null);
	}

	@Override
	public String toString() {
		return "PromptSpec[" + name + "]";
	}

}
