package dev.mcpforge.core.interceptor;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;

/**
 * A {@code completion/complete}.
 *
 * @param reference the prompt name or resource-template URI completed
 * @param prompt the prompt completed, or {@code null} for a template or an unknown reference
 * @param template the resource template completed, or {@code null} for a prompt or an unknown reference
 * @param argument the argument or variable name
 * @param prefix what the user typed so far
 */
public record Completion(String reference, PromptDefinition prompt, ResourceTemplateDefinition template,
		String argument, String prefix, CallContext context) implements McpRequest {

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
		return new Completion(reference, prompt, template, argument, prefix, newContext);
	}

}
