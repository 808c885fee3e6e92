package dev.mcpforge.benchmarks.load;

import java.io.File;
import java.util.List;

/**
 * The TypeScript SDK's echo server ({@code --peer ts}): {@code benchmarks/src/main/node/ts-echo-server.mjs}
 * run by node with the SDK from an existing {@code node_modules} (by default the one the interop tests
 * install), so the benchmarks module itself never needs node. Stdio only.
 */
record TsPeer(String node, String script, String modules) {

	static final String SCRIPT = "benchmarks/src/main/node/ts-echo-server.mjs";

	static final String MODULES = "interop-tests/node_modules";

	List<String> command(String transport) {
		if (!transport.equals("stdio")) {
			throw new IllegalArgumentException("the ts peer serves stdio only (--transport stdio)");
		}
		if (!new File(script).isFile()) {
			throw new IllegalArgumentException("no TypeScript peer script at " + script + " (--ts-script)");
		}
		if (!new File(modules, "@modelcontextprotocol/sdk").isDirectory()) {
			throw new IllegalArgumentException("no @modelcontextprotocol/sdk under " + modules
					+ " (--ts-modules): run npm ci in interop-tests, or point it at another node_modules");
		}
		// the script resolves the SDK with createRequire, which takes only an absolute path
		return List.of(node, script, new File(modules).getAbsolutePath());
	}

}
