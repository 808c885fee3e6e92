package dev.mcpforge.core;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * A prompt template as listed by {@code prompts/list}.
 *
 * @param name unique name
 * @param title human-readable name, or {@code null}
 * @param description what the prompt is for; never blank
 * @param arguments the arguments it takes, in order
 * @param meta extra {@code _meta} entries
 */
public record PromptDefinition(String name, String title, String description, List<Argument> arguments,
		Map<String, Object> meta) {

	public PromptDefinition {
		ResourceDefinition.requireText(name, "prompt name");
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException("prompt '" + name + "' has no description");
		}
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
		Set<String> seen = new HashSet<>();
		for (Argument argument : arguments) {
			if (!seen.add(argument.name())) {
				throw new IllegalArgumentException(
						"prompt '" + name + "' declares argument '" + argument.name() + "' twice");
			}
		}
		meta = meta == null ? Map.of() : Maps.deepCopy(meta);
	}

	public McpSchema.Prompt toSdk() {
		List<McpSchema.PromptArgument> sdkArguments = arguments.stream()
			.map(a -> new McpSchema.PromptArgument(a.name(), a.title(), a.description(), a.required()))
			.toList();
		return new McpSchema.Prompt(name, title, description, sdkArguments, meta.isEmpty() ? null : meta);
	}

	/**
	 * One argument of a prompt.
	 *
	 * @param name argument name
	 * @param title human-readable name, or {@code null}
	 * @param description what to pass, or {@code null}
	 * @param required whether the client must pass it
	 */
	public record Argument(String name, String title, String description, boolean required) {

		public Argument {
			ResourceDefinition.requireText(name, "prompt argument name");
		}

	}

}
