package dev.mcpforge.core.interceptor;

import java.util.Map;

import dev.mcpforge.core.PromptDefinition;

/** A {@code prompts/get}: the prompt's definition and the arguments as sent. */
public record PromptGet(PromptDefinition prompt, Map<String, String> arguments, CallContext context)
		implements McpRequest {

	public PromptGet {
		java.util.Objects.requireNonNull(prompt, "prompt");
		arguments = arguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
	}

	public String name() {
		return prompt.name();
	}

	@Override
	public String method() {
		return "prompts/get";
	}

	@Override
	public String target() {
		return prompt.name();
	}

	@Override
	public PromptGet withContext(CallContext newContext) {
		return new PromptGet(prompt, arguments, newContext);
	}

}
