package dev.mcpforge.server;

import java.util.Map;

/**
 * Handles calls of a tool declared with a hand-written input schema: arguments arrive as the
 * JSON object they were sent as, already checked against that schema by the protocol layer.
 */
@FunctionalInterface
public interface RawToolHandler {

	Object handle(Map<String, Object> arguments, McpContext context) throws Exception;

}
