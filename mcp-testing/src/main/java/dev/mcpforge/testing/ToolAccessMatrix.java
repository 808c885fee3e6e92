package dev.mcpforge.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.server.McpServer;

/**
 * Checks list/call consistency per caller: for each caller, the tools {@code tools/list} shows
 * must be exactly the tools {@code tools/call} accepts — "listed but forbidden" and "hidden but
 * callable" both fail.
 *
 * <pre>{@code
 * ToolAccessMatrix.of(server)
 *     .caller("admin", c -> c.header("X-API-Key", ADMIN_KEY))
 *     .caller("reader", c -> c.header("X-API-Key", READER_KEY))
 *     .assertListedEqualsCallable()
 *     .assertListed("reader", "ping", "list_orders");
 * }</pre>
 *
 * <p>Every tool of the server is called once per caller without arguments, so run it against a
 * server whose handlers are safe to call (stubs). A call counts as refused when it ends in the
 * JSON-RPC error for an unknown tool; any result, {@code isError} ones included (missing
 * arguments), counts as callable.
 */
public final class ToolAccessMatrix {

	private final McpServer server;

	private final Map<String, Consumer<McpTestClientBuilder>> callers = new LinkedHashMap<>();

	private Map<String, Row> rows;

	private ToolAccessMatrix(McpServer server) {
		this.server = Objects.requireNonNull(server, "server");
	}

	public static ToolAccessMatrix of(McpServer server) {
		return new ToolAccessMatrix(server);
	}

	/** A caller: how its in-memory client is configured (headers, bearer token). */
	public ToolAccessMatrix caller(String name, Consumer<McpTestClientBuilder> configure) {
		callers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(configure, "configure"));
		rows = null;
		return this;
	}

	/** Lists and calls every tool as every caller (once; later calls reuse the outcome). */
	public Map<String, Row> rows() {
		if (rows == null) {
			Map<String, Row> all = new LinkedHashMap<>();
			List<String> tools = server.tools().stream().map(ToolDefinition::name).toList();
			callers.forEach((name, configure) -> {
				McpTestClientBuilder builder = McpTestClient.builder(server);
				configure.accept(builder);
				try (McpTestClient client = builder.build()) {
					Set<String> listed = new TreeSet<>();
					client.listTools().tools().forEach(t -> listed.add(t.name()));
					Set<String> callable = new TreeSet<>();
					for (String tool : tools) {
						if (callable(client, tool)) {
							callable.add(tool);
						}
					}
					all.put(name, new Row(listed, callable));
				}
			});
			rows = all;
		}
		return rows;
	}

	/** @throws AssertionError naming each caller whose listed and callable tools differ */
	public ToolAccessMatrix assertListedEqualsCallable() {
		List<String> problems = new ArrayList<>();
		rows().forEach((caller, row) -> {
			Set<String> listedNotCallable = new TreeSet<>(row.listed());
			listedNotCallable.removeAll(row.callable());
			Set<String> callableNotListed = new TreeSet<>(row.callable());
			callableNotListed.removeAll(row.listed());
			if (!listedNotCallable.isEmpty()) {
				problems.add(caller + ": listed but not callable " + listedNotCallable);
			}
			if (!callableNotListed.isEmpty()) {
				problems.add(caller + ": callable but not listed " + callableNotListed);
			}
		});
		if (!problems.isEmpty()) {
			throw new AssertionError("tools/list and tools/call disagree:\n- " + String.join("\n- ", problems));
		}
		return this;
	}

	/** @throws AssertionError unless {@code caller} is listed exactly these tools */
	public ToolAccessMatrix assertListed(String caller, String... tools) {
		Row row = rows().get(caller);
		if (row == null) {
			throw new IllegalArgumentException("no caller '" + caller + "'; known: " + callers.keySet());
		}
		Set<String> expected = new TreeSet<>(List.of(tools));
		if (!row.listed().equals(expected)) {
			throw new AssertionError("tools listed for " + caller + ": expected " + expected + " but was " + row.listed());
		}
		return this;
	}

	private static boolean callable(McpTestClient client, String tool) {
		try {
			client.callTool(tool);
			return true;
		}
		catch (McpError e) {
			McpSchema.JSONRPCResponse.JSONRPCError error = e.getJsonRpcError();
			if (error != null && error.code() == McpSchema.ErrorCodes.INVALID_PARAMS
					&& String.valueOf(error.message()).startsWith("Unknown tool")) {
				return false;
			}
			throw e;
		}
	}

	/** What one caller saw. */
	public record Row(Set<String> listed, Set<String> callable) {

		public Row {
			listed = Set.copyOf(listed);
			callable = Set.copyOf(callable);
		}

	}

}
