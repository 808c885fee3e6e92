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

	/**
	 * The arguments as {@code type} (a record, usually), converted with mcpforge's Jackson
	 * configuration. Not validated: the handler's binding does that after the chain.
	 * @throws IllegalArgumentException if they do not convert
	 */
	public <T> T argumentsAs(Class<T> type) {
		return Json.MAPPER.convertValue(arguments, type);
	}

	public ToolCall withArguments(Map<String, Object> newArguments) {
		return new ToolCall(tool, newArguments, context);
	}

	@Override
	public ToolCall withContext(CallContext newContext) {
		return new ToolCall(tool, arguments, newContext);
	}

	private static final class Json {

		// configured once, never changed: shared like any immutable value
		static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = dev.mcpforge.core.McpJson.newMapper()
			.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	}

}
