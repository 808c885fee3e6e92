package dev.mcpforge.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpClientTransport;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.server.internal.Binding;
import dev.mcpforge.server.internal.Features;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.server.internal.Security;
import dev.mcpforge.server.internal.ServerSettings;
import dev.mcpforge.server.internal.TransportAttributes;
import dev.mcpforge.server.internal.SessionBinding;
import dev.mcpforge.server.internal.inmemory.InMemoryTransportProvider;

/** The {@link McpServer} that {@link McpServerBuilder#build()} returns. */
final class DefaultMcpServer implements McpServer {

	private static final Logger log = LoggerFactory.getLogger(McpServer.class);

	private final ServerSettings settings;

	private final Registrations registrations;

	private final Features features = new Features();

	private final List<Binding> bindings = new CopyOnWriteArrayList<>();

	private final List<ServerHandle> handles = new CopyOnWriteArrayList<>();

	private InMemoryTransportProvider inMemory;

	DefaultMcpServer(ServerSettings settings, List<ToolSpec> tools, List<ResourceSpec> resources,
			List<ResourceTemplateSpec> templates, List<PromptSpec> prompts) {
		this.settings = settings;
		this.registrations = new Registrations(settings);
		tools.forEach(t -> features.put(registrations.tool(t)));
		resources.forEach(r -> features.put(registrations.resource(r)));
		templates.forEach(t -> features.put(registrations.template(t)));
		prompts.forEach(p -> features.put(registrations.prompt(p)));
		if (!settings.chain().isEmpty()) {
			log.info("{}: interceptors {}", settings.name(), settings.chain());
		}
	}

	@Override
	public String name() {
		return settings.name();
	}

	@Override
	public String version() {
		return settings.version();
	}

	@Override
	public List<ToolDefinition> tools() {
		return features.tools().stream().map(t -> t.definition()).toList();
	}

	@Override
	public List<ResourceDefinition> resources() {
		return features.resources().stream().map(r -> r.definition()).toList();
	}

	@Override
	public List<ResourceTemplateDefinition> resourceTemplates() {
		return features.templates().stream().map(t -> t.definition()).toList();
	}

	@Override
	public List<PromptDefinition> prompts() {
		return features.prompts().stream().map(p -> p.definition()).toList();
	}

	@Override
	public InterceptorChain interceptors() {
		return settings.chain();
	}

	@Override
	public void addTool(ToolSpec tool) {
		var registered = registrations.tool(tool);
		features.put(registered);
		bindings.forEach(b -> b.addTool(registered));
	}

	@Override
	public boolean removeTool(String name) {
		boolean existed = features.removeTool(name);
		if (existed) {
			bindings.forEach(b -> b.removeTool(name));
		}
		return existed;
	}

	@Override
	public void addResource(ResourceSpec resource) {
		var registered = registrations.resource(resource);
		features.put(registered);
		bindings.forEach(b -> b.addResource(registered));
	}

	@Override
	public boolean removeResource(String uri) {
		boolean existed = features.removeResource(uri);
		if (existed) {
			bindings.forEach(b -> b.removeResource(uri));
		}
		return existed;
	}

	@Override
	public void addPrompt(PromptSpec prompt) {
		var registered = registrations.prompt(prompt);
		features.put(registered);
		bindings.forEach(b -> b.addPrompt(registered));
	}

	@Override
	public boolean removePrompt(String name) {
		boolean existed = features.removePrompt(name);
		if (existed) {
			bindings.forEach(b -> b.removePrompt(name));
		}
		return existed;
	}

	@Override
	public void notifyResourceUpdated(String uri) {
		bindings.forEach(b -> b.notifyResourceUpdated(uri));
	}

	@Override
	public ServerHandle serveStdio() {
		return track(Serving.stdio(this, features, settings));
	}

	@Override
	public ServerHandle serveStdio(InputStream in, OutputStream out) {
		return track(Serving.stdio(this, features, settings, in, out));
	}

	@Override
	public HttpServerHandle serveHttp(Consumer<HttpOptions> options) {
		return track(Serving.http(this, features, settings, configured(options)));
	}

	@Override
	public jakarta.servlet.http.HttpServlet servlet(Consumer<HttpOptions> options) {
		return Serving.servlet(this, features, settings, configured(options));
	}

	@Override
	public synchronized McpClientTransport connectInMemory(java.util.Map<String, java.util.List<String>> headers) {
		if (inMemory == null) {
			inMemory = new InMemoryTransportProvider(McpJsonDefaults.getMapper());
			attach(SessionBinding.over(inMemory, features, settings));
			settings.binder().warmUp();
		}
		Credentials credentials = new Credentials("in-memory", headers);
		Security.Outcome outcome = settings.security().authenticate(credentials);
		java.util.Map<String, Object> attributes = new java.util.HashMap<>();
		attributes.put(TransportAttributes.HEADERS, credentials.headers());
		if (outcome.principal() != null) {
			attributes.put(TransportAttributes.PRINCIPAL, outcome.principal());
		}
		return inMemory.connect(attributes, outcome.refusal());
	}

	@Override
	public void run(String... args) {
		run(options -> {
		}, args);
	}

	@Override
	public void run(java.util.function.Consumer<HttpOptions> httpOptions, String... args) {
		CommandLine.parse(args).run(this, httpOptions);
	}

	@Override
	public void close() {
		handles.forEach(ServerHandle::close);
		handles.clear();
		bindings.forEach(Binding::close);
		bindings.clear();
	}

	/** Builds the argument validator now, on this thread (for {@link TrainingRun}). */
	void prepareValidator() {
		settings.binder().warmUpNow();
	}

	void attach(Binding binding) {
		bindings.add(binding);
	}

	void detach(Binding binding) {
		bindings.remove(binding);
	}

	private <H extends ServerHandle> H track(H handle) {
		handles.add(handle);
		return handle;
	}

	private static HttpOptions configured(Consumer<HttpOptions> options) {
		HttpOptions http = new HttpOptions();
		options.accept(http);
		return http;
	}

	@Override
	public String toString() {
		return "McpServer[" + settings.name() + " " + settings.version() + ", " + features.tools().size() + " tools]";
	}

}
