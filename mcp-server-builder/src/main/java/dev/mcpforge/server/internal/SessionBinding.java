package dev.mcpforge.server.internal;

import java.util.Map;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;

import dev.mcpforge.server.internal.stdio.RobustStdioTransportProvider;

/** A binding over a session-based SDK server: stdio, stateful HTTP or in-memory. */
public final class SessionBinding implements Binding {

	private final McpSyncServer server;

	private final FeatureHandlers handlers;

	private final ServerSettings settings;

	private SessionBinding(McpServer.SyncSpecification<?> spec, Features features, ServerSettings settings) {
		this.settings = settings;
		this.handlers = new FeatureHandlers(settings);
		spec.serverInfo(settings.name(), settings.version())
			.capabilities(Capabilities.forSessions())
			.requestTimeout(settings.requestTimeout())
			// arguments are validated by the binder, which reports every problem with its path
			.validateToolInputs(false)
			.jsonSchemaValidator(settings.schemaValidator());
		if (settings.instructions() != null) {
			spec.instructions(settings.instructions());
		}
		features.tools().forEach(t -> spec.tools(tool(t)));
		features.resources().forEach(r -> spec.resources(resource(r)));
		features.templates().forEach(t -> spec.resourceTemplates(template(t)));
		features.prompts().forEach(p -> spec.prompts(prompt(p)));
		// the SDK takes completions only at build time: features added later complete through these
		features.prompts().forEach(p -> spec.completions(new McpServerFeatures.SyncCompletionSpecification(
				new McpSchema.PromptReference(p.definition().name()),
				(exchange, request) -> handlers.completePrompt(features, p.definition().name(), request,
						context(exchange, request.meta())))));
		features.templates().forEach(t -> spec.completions(new McpServerFeatures.SyncCompletionSpecification(
				new McpSchema.ResourceReference(t.definition().uriTemplate()),
				(exchange, request) -> handlers.completeTemplate(features, t.definition().uriTemplate(), request,
						context(exchange, request.meta())))));
		this.server = spec.build();
	}

	public static SessionBinding over(McpServerTransportProvider provider, Features features, ServerSettings settings) {
		return new SessionBinding(McpServer.sync(ProtocolGate.over(provider, features, settings)), features, settings);
	}

	public static SessionBinding over(RobustStdioTransportProvider provider, Features features, ServerSettings settings) {
		// the transport already runs each request on a handler thread of its own: no second hand-off
		return new SessionBinding(McpServer.sync(ProtocolGate.over(provider, features, settings)).immediateExecution(true),
				features, settings);
	}

	public static SessionBinding over(McpStreamableServerTransportProvider provider, Features features,
			ServerSettings settings) {
		// the HTTP thread waits for the answer anyway: handlers run on it instead of being
		// handed to another thread and back for every call
		return new SessionBinding(McpServer.sync(ProtocolGate.over(provider, features, settings)).immediateExecution(true),
				features, settings);
	}

	@Override
	public void addTool(RegisteredTool tool) {
		server.addTool(tool(tool));
	}

	@Override
	public void removeTool(String name) {
		server.removeTool(name);
	}

	@Override
	public void addResource(RegisteredResource resource) {
		server.addResource(resource(resource));
	}

	@Override
	public void removeResource(String uri) {
		server.removeResource(uri);
	}

	@Override
	public void addPrompt(RegisteredPrompt prompt) {
		server.addPrompt(prompt(prompt));
	}

	@Override
	public void removePrompt(String name) {
		server.removePrompt(name);
	}

	@Override
	public void notifyResourceUpdated(String uri) {
		server.notifyResourcesUpdated(new McpSchema.ResourcesUpdatedNotification(uri));
	}

	@Override
	public void close() {
		server.closeGracefully();
	}

	private McpServerFeatures.SyncToolSpecification tool(RegisteredTool tool) {
		return new McpServerFeatures.SyncToolSpecification(tool.definition().toSdk(),
				(exchange, request) -> handlers.callTool(tool, request, context(exchange, request.meta())));
	}

	private McpServerFeatures.SyncResourceSpecification resource(RegisteredResource resource) {
		return new McpServerFeatures.SyncResourceSpecification(resource.definition().toSdk(),
				(exchange, request) -> handlers.readResource(resource, request, context(exchange, request.meta())));
	}

	private McpServerFeatures.SyncResourceTemplateSpecification template(RegisteredTemplate template) {
		return new McpServerFeatures.SyncResourceTemplateSpecification(template.definition().toSdk(),
				(exchange, request) -> handlers.readTemplate(template, request, context(exchange, request.meta())));
	}

	private McpServerFeatures.SyncPromptSpecification prompt(RegisteredPrompt prompt) {
		return new McpServerFeatures.SyncPromptSpecification(prompt.definition().toSdk(),
				(exchange, request) -> handlers.getPrompt(prompt, request, context(exchange, request.meta())));
	}

	private SessionContext context(McpSyncServerExchange exchange, Map<String, Object> meta) {
		return new SessionContext(exchange, meta == null ? null : meta.get("progressToken"), settings);
	}

}
