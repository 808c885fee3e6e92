package dev.mcpforge.core.interceptor;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * An {@code initialize}: a client opening a session. Its response is the
 * {@code McpSchema.InitializeResult} the server answers with; an interceptor that throws refuses
 * the session.
 *
 * @param protocolVersion the protocol version the client asked for
 * @param clientInfo the client's name and version
 * @param capabilities what the client supports (sampling, elicitation, roots)
 */
public record Initialize(String protocolVersion, McpSchema.Implementation clientInfo,
		McpSchema.ClientCapabilities capabilities, CallContext context) implements McpRequest {

	@Override
	public String method() {
		return McpSchema.METHOD_INITIALIZE;
	}

	/** The client's name, or "unknown". */
	@Override
	public String target() {
		return clientInfo == null || clientInfo.name() == null ? "unknown" : clientInfo.name();
	}

	@Override
	public Initialize withContext(CallContext newContext) {
		return new Initialize(protocolVersion, clientInfo, capabilities, newContext);
	}

}
