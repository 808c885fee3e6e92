package dev.mcpforge.server.internal;

/**
 * One SDK server instance serving this server's features on one transport. Runtime changes
 * to the features are pushed to every binding, which notifies its clients.
 */
public interface Binding {

	void addTool(RegisteredTool tool);

	void removeTool(String name);

	void addResource(RegisteredResource resource);

	void removeResource(String uri);

	void addPrompt(RegisteredPrompt prompt);

	void removePrompt(String name);

	void notifyResourceUpdated(String uri);

	/** Closes the SDK server (and with it its transport's sessions). */
	void close();

}
