package dev.mcpforge.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.modelcontextprotocol.spec.McpClientTransport;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.server.HttpOptions;
import dev.mcpforge.server.HttpServerHandle;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.PromptSpec;
import dev.mcpforge.server.ResourceSpec;
import dev.mcpforge.server.ServerHandle;
import dev.mcpforge.server.ToolSpec;

/** A server that counts how often it was built and closed, for lifecycle tests. */
final class TrackedServer implements McpServer {

	static final AtomicInteger created = new AtomicInteger();

	static final AtomicInteger closed = new AtomicInteger();

	private final McpServer delegate;

	private TrackedServer(McpServer delegate) {
		this.delegate = delegate;
	}

	static McpServer create() {
		created.incrementAndGet();
		return new TrackedServer(McpServer.builder().name("tracked")
			.tool("ping", "Answers pong", ctx -> {
				ctx.info("pinged");
				return "pong";
			})
			.build());
	}

	static void reset() {
		created.set(0);
		closed.set(0);
	}

	@Override
	public void close() {
		closed.incrementAndGet();
		delegate.close();
	}

	@Override
	public String name() {
		return delegate.name();
	}

	@Override
	public String version() {
		return delegate.version();
	}

	@Override
	public List<ToolDefinition> tools() {
		return delegate.tools();
	}

	@Override
	public List<ResourceDefinition> resources() {
		return delegate.resources();
	}

	@Override
	public List<ResourceTemplateDefinition> resourceTemplates() {
		return delegate.resourceTemplates();
	}

	@Override
	public List<PromptDefinition> prompts() {
		return delegate.prompts();
	}

	@Override
	public void addTool(ToolSpec tool) {
		delegate.addTool(tool);
	}

	@Override
	public boolean removeTool(String name) {
		return delegate.removeTool(name);
	}

	@Override
	public void addResource(ResourceSpec resource) {
		delegate.addResource(resource);
	}

	@Override
	public boolean removeResource(String uri) {
		return delegate.removeResource(uri);
	}

	@Override
	public void addPrompt(PromptSpec prompt) {
		delegate.addPrompt(prompt);
	}

	@Override
	public boolean removePrompt(String name) {
		return delegate.removePrompt(name);
	}

	@Override
	public void notifyResourceUpdated(String uri) {
		delegate.notifyResourceUpdated(uri);
	}

	@Override
	public ServerHandle serveStdio() {
		return delegate.serveStdio();
	}

	@Override
	public ServerHandle serveStdio(InputStream in, OutputStream out) {
		return delegate.serveStdio(in, out);
	}

	@Override
	public HttpServerHandle serveHttp(Consumer<HttpOptions> options) {
		return delegate.serveHttp(options);
	}

	@Override
	public jakarta.servlet.http.HttpServlet servlet(Consumer<HttpOptions> options) {
		return delegate.servlet(options);
	}

	@Override
	public McpClientTransport connectInMemory() {
		return delegate.connectInMemory();
	}

	@Override
	public void run(String... args) {
		delegate.run(args);
	}

}
