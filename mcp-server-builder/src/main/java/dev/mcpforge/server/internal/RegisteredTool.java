package dev.mcpforge.server.internal;

import java.util.Map;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.server.McpContext;

/**
 * A tool ready to serve: its definition and how to invoke it. The invoker binds and validates
 * the arguments and runs the handler; it returns whatever the handler returned.
 */
public record RegisteredTool(ToolDefinition definition, Invoker invoker) {

	public String name() {
		return definition.name();
	}

	/** Binds arguments and runs the handler. */
	@FunctionalInterface
	public interface Invoker {

		Object invoke(Map<String, Object> arguments, McpContext context) throws Exception;

	}

}
