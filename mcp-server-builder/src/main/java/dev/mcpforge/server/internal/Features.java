package dev.mcpforge.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools, resources, templates and prompts of one server, in registration order.
 * Thread-safe; every read returns a snapshot.
 */
public final class Features {

	private final Map<String, RegisteredTool> tools = new LinkedHashMap<>();

	private final Map<String, RegisteredResource> resources = new LinkedHashMap<>();

	private final Map<String, RegisteredTemplate> templates = new LinkedHashMap<>();

	private final Map<String, RegisteredPrompt> prompts = new LinkedHashMap<>();

	public synchronized void put(RegisteredTool tool) {
		tools.put(tool.name(), tool);
	}

	public synchronized boolean removeTool(String name) {
		return tools.remove(name) != null;
	}

	public synchronized void put(RegisteredResource resource) {
		resources.put(resource.definition().uri(), resource);
	}

	public synchronized boolean removeResource(String uri) {
		return resources.remove(uri) != null;
	}

	public synchronized void put(RegisteredTemplate template) {
		templates.put(template.definition().uriTemplate(), template);
	}

	public synchronized void put(RegisteredPrompt prompt) {
		prompts.put(prompt.definition().name(), prompt);
	}

	public synchronized boolean removePrompt(String name) {
		return prompts.remove(name) != null;
	}

	public synchronized List<RegisteredTool> tools() {
		return List.copyOf(tools.values());
	}

	public synchronized List<RegisteredResource> resources() {
		return List.copyOf(resources.values());
	}

	public synchronized List<RegisteredTemplate> templates() {
		return List.copyOf(templates.values());
	}

	public synchronized List<RegisteredPrompt> prompts() {
		return List.copyOf(prompts.values());
	}

	public synchronized RegisteredTool tool(String name) {
		return tools.get(name);
	}

	public synchronized RegisteredPrompt prompt(String name) {
		return prompts.get(name);
	}

	public synchronized RegisteredTemplate template(String uriTemplate) {
		return templates.get(uriTemplate);
	}

}
