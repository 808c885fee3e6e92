package dev.mcpforge.core.interceptor;

import java.util.Map;

import dev.mcpforge.core.ToolDefinition;

/**
 * A {@code tools/call}: the tool's full definition (hints, tags, schemas) and the arguments as
 * sent, before binding.
 */
public record ToolCall(ToolDefinition tool, Map<String, Object> arguments, CallContext context) implements McpRequest {

	public ToolCall {
		arguments = arguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
	}

	@Override
	public String method() {
		return "tools/call";
	}

	@Override
	public String target() {
		return tool.name();
	}

	public ToolCall withArguments(Map<String, Object> newArguments) {
		return new ToolCall(tool, newArguments, context);
	}

	@Override
	public ToolCall withContext(CallContext newContext) {
		return new ToolCall(tool, arguments, newContext);
	}

}
