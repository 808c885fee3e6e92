package dev.mcpforge.core.interceptor;

/**
 * A {@code completion/complete}.
 *
 * @param reference the prompt name or resource-template URI completed
 * @param argument the argument or variable name
 * @param prefix what the user typed so far
 */
public record Completion(String reference, String argument, String prefix, CallContext context) implements McpRequest {

	@Override
	public String method() {
		return "completion/complete";
	}

	@Override
	public String target() {
		return reference + "#" + argument;
	}

	@Override
	public Completion withContext(CallContext newContext) {
		return new Completion(reference, argument, prefix, newContext);
	}

}
