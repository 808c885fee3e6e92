package dev.mcpforge.server.internal;

import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.McpException;

/** Context of a stateless HTTP request: nothing can be sent back to the client mid-call. */
final class StatelessContext extends BaseContext {

	StatelessContext(McpTransportContext transport, ServerSettings settings) {
		super(transport, settings);
	}

	@Override
	public void log(McpSchema.LoggingLevel level, String message) {
		// no channel to the client; dropped by design (documented on McpContext)
	}

	@Override
	public void progress(double progress, Double total, String message) {
		// no channel to the client
	}

	@Override
	public McpSchema.CreateMessageResult sample(McpSchema.CreateMessageRequest request) {
		throw unavailable("sampling");
	}

	@Override
	public McpSchema.ElicitResult elicit(String message, Map<String, Object> requestedSchema) {
		throw unavailable("elicitation");
	}

	@Override
	public java.util.List<McpSchema.Root> roots() {
		throw unavailable("roots");
	}

	@Override
	public String sessionId() {
		return null;
	}

	@Override
	public Optional<McpSchema.Implementation> clientInfo() {
		return Optional.empty();
	}

	@Override
	public Optional<McpSchema.ClientCapabilities> clientCapabilities() {
		return Optional.empty();
	}

	private static McpException unavailable(String what) {
		return new McpException(McpSchema.ErrorCodes.INVALID_REQUEST,
				what + " is not available over stateless HTTP: serve with sessions to use it");
	}

}
