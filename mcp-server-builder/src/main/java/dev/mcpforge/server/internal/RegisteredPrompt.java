package dev.mcpforge.server.internal;

import java.util.Map;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.server.Completer;
import dev.mcpforge.server.PromptRenderer;

/** A prompt ready to serve, with completers by argument name. */
public record RegisteredPrompt(PromptDefinition definition, PromptRenderer renderer,
		Map<String, Completer> completers) {
}
