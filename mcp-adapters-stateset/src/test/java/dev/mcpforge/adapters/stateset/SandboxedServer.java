package dev.mcpforge.adapters.stateset;

import dev.mcpforge.adapters.stateset.sandbox.StateSetSandbox;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpTestClient;
import java.util.HashMap;
import java.util.Map;

/**
 * The adapter served on a fresh sandbox, with an in-memory test client: StateSet's production defaults unless
 * {@code settings} (environment-variable names, as {@code StateSet.builder().fromEnvironment} reads them) say otherwise.
 */
record SandboxedServer(StateSetSandbox sandbox, StateSet stateset, McpTestClient client) implements AutoCloseable {

	static SandboxedServer start(Map<String, String> settings) {
		StateSetSandbox sandbox = StateSetSandbox.builder().build().start();
		Map<String, String> env = new HashMap<>(Map.of("STATESET_BASE_URL", sandbox.baseUrl(), "STATESET_API_KEY",
				StateSetSandbox.SANDBOX_API_KEY));
		env.putAll(settings);
		StateSet stateset = StateSet.builder().fromEnvironment(env).build();
		McpTestClient client = McpTestClient.connect(stateset.addTo(McpServer.builder().name("stateset-test")).build());
		return new SandboxedServer(sandbox, stateset, client);
	}

	@Override
	public void close() {
		client.close();
		stateset.close();
		sandbox.close();
	}
}
