package dev.mcpforge.benchmarks.quarkus;

import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;

/** The same {@code echo} tool as the load runner's mcpforge and raw-SDK servers. */
public class EchoTools {

	@Tool(description = "Echoes the message")
	String echo(@ToolArg(description = "the message") String message) {
		return message;
	}

}
