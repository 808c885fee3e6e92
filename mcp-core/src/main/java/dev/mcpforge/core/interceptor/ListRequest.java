package dev.mcpforge.core.interceptor;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * A {@code tools/list}, {@code resources/list}, {@code resources/templates/list} or
 * {@code prompts/list}. Its response holds the server's answer as a list of mcpforge definitions
 * ({@code ToolDefinition}, {@code ResourceDefinition}, {@code ResourceTemplateDefinition},
 * {@code PromptDefinition}; read it with {@link McpResponse#items(Class)}), so an interceptor can
 * filter by tags and hints, or answer with a list of its own:
 *
 * <pre>{@code
 * if (chain.request() instanceof ListRequest list && list.kind() == ListRequest.Kind.TOOLS) {
 *     return McpResponse.of(chain.proceed(list).items(ToolDefinition.class).stream()
 *         .filter(tool -> !tool.tags().contains("internal")).toList());
 * }
 * }</pre>
 *
 * @param kind which list
 * @param cursor the pagination cursor the client sent, or {@code null}
 */
public record ListRequest(Kind kind, String cursor, CallContext context) implements McpRequest {

	public ListRequest {
		java.util.Objects.requireNonNull(kind, "kind");
	}

	/** The four lists and the definition type their items have. */
	public enum Kind {

		TOOLS(McpSchema.METHOD_TOOLS_LIST, dev.mcpforge.core.ToolDefinition.class),

		RESOURCES(McpSchema.METHOD_RESOURCES_LIST, dev.mcpforge.core.ResourceDefinition.class),

		RESOURCE_TEMPLATES(McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, dev.mcpforge.core.ResourceTemplateDefinition.class),

		PROMPTS(McpSchema.METHOD_PROMPT_LIST, dev.mcpforge.core.PromptDefinition.class);

		private final String method;

		private final Class<?> itemType;

		Kind(String method, Class<?> itemType) {
			this.method = method;
			this.itemType = itemType;
		}

		public String method() {
			return method;
		}

		/** The type of the items in this list's response. */
		public Class<?> itemType() {
			return itemType;
		}

		/** The kind listed by {@code method}, or {@code null} when it is not a list method. */
		public static Kind of(String method) {
			for (Kind kind : values()) {
				if (kind.method.equals(method)) {
					return kind;
				}
			}
			return null;
		}

	}

	@Override
	public String method() {
		return kind.method();
	}

	/** "tools", "resources", "resources/templates" or "prompts". */
	@Override
	public String target() {
		return kind.method().substring(0, kind.method().length() - "/list".length());
	}

	@Override
	public ListRequest withContext(CallContext newContext) {
		return new ListRequest(kind, cursor, newContext);
	}

}
