package dev.mcpforge.core.interceptor;

/**
 * A request on its way through the interceptor chain. Switch over the kinds to handle each:
 *
 * <pre>{@code
 * if (chain.request() instanceof ToolCall call && call.tool().hints().isSafeToRetry()) { ... }
 * }</pre>
 */
public sealed interface McpRequest permits Initialize, ListRequest, ToolCall, ResourceRead, PromptGet, Completion {

	/** The JSON-RPC method, e.g. {@code tools/call}. */
	String method();

	/**
	 * What is addressed: the tool or prompt name, the resource URI, the completion reference, the
	 * list ("tools", ...), the client's name for {@code initialize}.
	 */
	String target();

	CallContext context();

	/** The same request from a changed context. */
	McpRequest withContext(CallContext newContext);

}
