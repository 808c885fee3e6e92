package dev.mcpforge.server.internal;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;

/** A binding over the SDK's stateless server: each HTTP POST stands alone. */
public final class StatelessBinding implements Binding {

	private final McpStatelessSyncServer server;

	private final FeatureHandlers handlers;

	private final ServerSettings settings;

	private StatelessBinding(McpStatelessServerTransport transport, Features features, ServerSettings settings) {
		this.settings = settings;
		this.handlers = new FeatureHandlers(settings);
		McpServer.StatelessSyncSpecification spec = McpServer.sync(ProtocolGate.over(transport, features, settings))
			.serverInfo(settings.name(), settings.version())
			.capabilities(Capabilities.forStateless())
			.requestTimeout(settings.requestTimeout())
			.validateToolInputs(false)
			// the HTTP thread waits for the answer anyway (see SessionBinding)
			.immediateExecution(true)
			.jsonSchemaValidator(settings.schemaValidator());
		if (settings.instructions() != null) {
			spec.instructions(settings.instructions());
		}
		features.tools().forEach(t -> spec.tools(tool(t)));
		features.resources().forEach(r -> spec.resources(resource(r)));
		features.templates().forEach(t -> spec.resourceTemplates(template(t)));
		features.prompts().forEach(p -> spec.prompts(prompt(p)));
		features.prompts().forEach(p -> spec.completions(new McpStatelessServerFeatures.SyncCompletionSpecification(
				new McpSchema.PromptReference(p.definition().name()),
				(ctx, request) -> handlers.completePrompt(features, p.definition().name(), request, context(ctx)))));
		features.templates().forEach(t -> spec.completions(new McpStatelessServerFeatures.SyncCompletionSpecification(
				new McpSchema.ResourceReference(t.definition().uriTemplate()),
				(ctx, request) -> handlers.completeTemplate(features, t.definition().uriTemplate(), request,
						context(ctx)))));
		this.server = spec.build();
	}

	public static StatelessBinding over(McpStatelessServerTransport transport, Features features,
			ServerSettings settings) {
		return new StatelessBinding(transport, features, settings);
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
		// stateless clients cannot subscribe
	}

	@Override
	public void close() {
		server.closeGracefully();
	}

	private McpStatelessServerFeatures.SyncToolSpecification tool(RegisteredTool tool) {
		return new McpStatelessServerFeatures.SyncToolSpecification(tool.definition().toSdk(),
				(ctx, request) -> handlers.callTool(tool, request, context(ctx)));
	}

	private McpStatelessServerFeatures.SyncResourceSpecification resource(RegisteredResource resource) {
		return new McpStatelessServerFeatures.SyncResourceSpecification(resource.definition().toSdk(),
				(ctx, request) -> handlers.readResource(resource, request, context(ctx)));
	}

	private McpStatelessServerFeatures.SyncResourceTemplateSpecification template(RegisteredTemplate template) {
		return new McpStatelessServerFeatures.SyncResourceTemplateSpecification(template.definition().toSdk(),
				(ctx, request) -> handlers.readTemplate(template, request, context(ctx)));
	}

	private McpStatelessServerFeatures.SyncPromptSpecification prompt(RegisteredPrompt prompt) {
		return new McpStatelessServerFeatures.SyncPromptSpecification(prompt.definition().toSdk(),
				(ctx, request) -> handlers.getPrompt(prompt, request, context(ctx)));
	}

	private StatelessContext context(McpTransportContext transportContext) {
		return new StatelessContext(transportContext, settings);
	}

}
