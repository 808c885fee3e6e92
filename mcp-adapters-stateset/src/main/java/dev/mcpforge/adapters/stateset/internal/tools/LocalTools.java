package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.upstream.UpstreamClient;
import dev.mcpforge.core.upstream.UpstreamStats;
import dev.mcpforge.server.NoArgsToolHandler;
import dev.mcpforge.server.ToolSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The tools about the server itself; they make no API call and report the live state of the shared client. */
public final class LocalTools {

	private static final ObjectMapper MAPPER = McpJson.newMapper();

	private LocalTools() {
	}

	/** @param toolCategories each tool's rate-limit category, to show which bucket a tool draws from */
	public static List<ToolSpec> specs(UpstreamClient upstream, Map<String, String> toolCategories) {
		return List.of(
				stats(upstream, "stateset_get_api_metrics",
						"Request counts of this server's StateSet client: calls, HTTP exchanges, retries, "
								+ "failures by kind, shared reads, and the circuit breaker's state.",
						s -> Map.of("upstream", s.name(), "base_url", s.baseUrl(), "requests", s.requests(),
								"circuit_breaker", s.circuitBreaker())),
				stats(upstream, "stateset_tool_rate_limits",
						"The rate limits in force per operation category (configured permits, burst, permits left, "
								+ "callers waiting) and which category each tool draws from.",
						s -> {
							ObjectNode out = MAPPER.createObjectNode();
							out.set("categories", MAPPER.valueToTree(s.rateLimits()));
							out.set("global", MAPPER.valueToTree(s.globalRateLimit()));
							out.set("tools_by_category", MAPPER.valueToTree(byCategory(toolCategories)));
							return out;
						}),
				stats(upstream, "stateset_timeout_config",
						"The timeout of each operation category (reads, writes, searches, batches).",
						UpstreamStats::timeouts),
				stats(upstream, "stateset_cache_stats",
						"The response cache: entries, hits, misses, hit rate, evictions and TTL per entity.",
						UpstreamStats::cache),
				spec("stateset_clear_cache", "Empty the response cache, so the next reads go to StateSet.",
						ctx -> Map.of("cleared_entries", upstream.clearCache())),
				spec("stateset_websocket_stats",
						"Live-update WebSocket connections. This server runs no WebSocket broadcast, so it reports "
								+ "none; poll the get and list tools for changes.",
						ctx -> Map.of("enabled", false, "connections", 0, "messages_sent", 0)));
	}

	private static ToolSpec stats(UpstreamClient upstream, String name, String description,
			Function<UpstreamStats, Object> part) {
		return spec(name, description, ctx -> part.apply(upstream.stats()));
	}

	private static ToolSpec spec(String name, String description, NoArgsToolHandler handler) {
		return ToolSpec.of(name, handler).description(description).hints(ToolKind.of(name).hints().withOpenWorld(false));
	}

	private static Map<String, List<String>> byCategory(Map<String, String> toolCategories) {
		Map<String, List<String>> grouped = new TreeMap<>();
		toolCategories.forEach((tool, category) -> grouped.computeIfAbsent(category, c -> new java.util.ArrayList<>())
				.add(tool));
		grouped.values().forEach(list -> list.sort(null));
		return grouped;
	}
}
