package dev.mcpforge.client;

import java.util.stream.Collectors;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

/** Small helpers shared by the client classes. */
final class McpClients {

	private McpClients() {
	}

	static String text(McpSchema.CallToolResult result) {
		if (result == null || result.content() == null) {
			return "";
		}
		return result.content()
			.stream()
			.filter(McpSchema.TextContent.class::isInstance)
			.map(c -> ((McpSchema.TextContent) c).text())
			.collect(Collectors.joining("\n"));
	}

	/** Turns what the SDK throws into one of the client's three exceptions. */
	static RuntimeException translate(String what, RuntimeException error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof McpError mcpError && mcpError.getJsonRpcError() != null) {
				return new McpProtocolException(mcpError.getJsonRpcError().code(), mcpError.getJsonRpcError().message(),
						error);
			}
		}
		if (error instanceof dev.mcpforge.core.McpException known) {
			return known;
		}
		return new McpTransportException(what + " failed: " + describe(error), error);
	}

	/** Whether the SDK reported that the server no longer knows our session (HTTP 404). */
	static boolean isSessionLoss(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof io.modelcontextprotocol.spec.McpTransportSessionNotFoundException
					|| (t.getMessage() != null && t.getMessage().contains("session with server terminated"))) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

}
