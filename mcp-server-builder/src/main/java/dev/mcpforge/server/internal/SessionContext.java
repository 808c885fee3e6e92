package dev.mcpforge.server.internal;

import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.McpException;

/** Context of a request in a session (stdio, stateful HTTP, in-memory): the client can be called back. */
final class SessionContext extends BaseContext {

	private final McpSyncServerExchange exchange;

	private final Object progressToken;

	SessionContext(McpSyncServerExchange exchange, Object progressToken, ServerSettings settings) {
		super(exchange.transportContext(), settings);
		this.exchange = exchange;
		this.progressToken = progressToken;
	}

	@Override
	public void log(McpSchema.LoggingLevel level, String message) {
		exchange.loggingNotification(McpSchema.LoggingMessageNotification.builder(level, message)
			.logger(settings.name())
			.build());
	}

	@Override
	public void progress(double progress, Double total, String message) {
		if (progressToken != null) {
			exchange.progressNotification(new McpSchema.ProgressNotification(progressToken, progress, total, message));
		}
	}

	@Override
	public McpSchema.CreateMessageResult sample(McpSchema.CreateMessageRequest request) {
		McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
		if (capabilities == null || capabilities.sampling() == null) {
			throw new McpException(McpSchema.ErrorCodes.INVALID_REQUEST,
					"The client does not support sampling (it declared no 'sampling' capability)");
		}
		return exchange.createMessage(request);
	}

	@Override
	public McpSchema.ElicitResult elicit(String message, Map<String, Object> requestedSchema) {
		McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
		if (capabilities == null || capabilities.elicitation() == null) {
			throw new McpException(McpSchema.ErrorCodes.INVALID_REQUEST,
					"The client does not support elicitation (it declared no 'elicitation' capability)");
		}
		return exchange.createElicitation(McpSchema.ElicitFormRequest.builder(message, requestedSchema).build());
	}

	@Override
	public java.util.List<McpSchema.Root> roots() {
		McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
		if (capabilities == null || capabilities.roots() == null) {
			throw new McpException(McpSchema.ErrorCodes.INVALID_REQUEST,
					"The client does not offer roots (it declared no 'roots' capability)");
		}
		java.util.List<McpSchema.Root> roots = new java.util.ArrayList<>();
		McpSchema.ListRootsResult page = exchange.listRoots();
		roots.addAll(page.roots());
		while (page.nextCursor() != null) {
			page = exchange.listRoots(page.nextCursor());
			roots.addAll(page.roots());
		}
		return java.util.List.copyOf(roots);
	}

	@Override
	public String sessionId() {
		return exchange.sessionId();
	}

	@Override
	public Optional<McpSchema.Implementation> clientInfo() {
		return Optional.ofNullable(exchange.getClientInfo());
	}

	@Override
	public Optional<McpSchema.ClientCapabilities> clientCapabilities() {
		return Optional.ofNullable(exchange.getClientCapabilities());
	}

}
