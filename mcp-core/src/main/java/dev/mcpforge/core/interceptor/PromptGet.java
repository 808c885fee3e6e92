package dev.mcpforge.core.interceptor;

import java.util.Map;

/** A {@code prompts/get} with its arguments. */
public record PromptGet(String name, Map<String, String> arguments, CallContext context) implements McpRequest {

	public PromptGet {
		arguments = arguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
	}

	@Override
	public String method() {
		return "prompts/get";
	}

	@Override
	public String target() {
		return name;
	}

	@Override
	public PromptGet withContext(CallContext newContext) {
		return new PromptGet(name, arguments, newContext);
	}

}
