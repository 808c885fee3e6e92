package dev.mcpforge.examples.conformanceclient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.client.McpClient;
import dev.mcpforge.client.McpClientBuilder;

/**
 * The client the official conformance suite runs in client mode: the server URL is the last
 * argument, the scenario name is in {@code MCP_CONFORMANCE_SCENARIO}. Exits 0 when the scenario's
 * steps succeeded.
 */
public final class ConformanceClient {

	private static final Logger log = LoggerFactory.getLogger(ConformanceClient.class);

	private ConformanceClient() {
	}

	public static void main(String[] args) {
		if (args.length == 0) {
			System.err.println("usage: conformance-client <server-url>   (scenario in MCP_CONFORMANCE_SCENARIO)");
			System.exit(2);
		}
		String url = args[args.length - 1];
		String scenario = System.getenv().getOrDefault("MCP_CONFORMANCE_SCENARIO", "initialize");
		try {
			run(scenario, url);
			System.exit(0);
		}
		catch (RuntimeException e) {
			log.error("scenario {} failed: {}", scenario, e.toString());
			System.exit(1);
		}
	}

	static void run(String scenario, String url) {
		McpClientBuilder builder = McpClient.builder().http(exact(url)).requestTimeout(Duration.ofSeconds(20));
		if (scenario.startsWith("elicitation")) {
			// accept with nothing filled in: the client fills omitted fields from the schema's defaults
			builder.elicitation(request -> McpSchema.ElicitResult.builder(McpSchema.ElicitResult.Action.ACCEPT)
				.content(Map.of())
				.build()).applyElicitationDefaults();
		}
		try (McpClient client = builder.build()) {
			switch (scenario) {
				case "initialize" -> {
					if (client.serverCapabilities().tools() != null) {
						client.tools();
					}
				}
				case "tools_call" -> {
					client.tools();
					client.call("add_numbers", Map.of("a", 2, "b", 40));
				}
				case "elicitation-sep1034-client-defaults" -> client.call("test_client_elicitation_defaults", Map.of());
				case "sse-retry" -> client.call("test_reconnection", Map.of());
				default -> throw new IllegalArgumentException("unknown scenario " + scenario);
			}
		}
	}

	/** The suite's URL as given: a bare {@code http://host:port} means the root path, not {@code /mcp}. */
	private static String exact(String url) {
		String path = URI.create(url).getRawPath();
		return path == null || path.isEmpty() ? url + "/" : url;
	}

}
