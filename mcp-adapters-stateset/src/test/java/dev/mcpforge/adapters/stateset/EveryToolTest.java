package dev.mcpforge.adapters.stateset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpforge.adapters.stateset.sandbox.StateSetSandbox;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.testing.McpTestClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tool the server lists is called against the sandbox. {@code tool-examples.json} gives each tool its arguments,
 * the calls that create what it needs ({@code setup}, whose results {@code ${alias.path}} refers to), and field values
 * the result must show ({@code expect}); a tool without an example fails the build.
 */
class EveryToolTest {

	private static final ObjectMapper JSON = McpJson.newMapper();
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z0-9_]+)\\.([^}]+)}");

	@AutoClose
	private static SandboxedServer server;
	private static StateSetSandbox sandbox;
	private static McpTestClient client;
	private static JsonNode examples;

	@BeforeAll
	static void start() throws IOException {
		// every call reaches the sandbox once: no limits to wait for, no cache, no retries
		server = SandboxedServer.start(Map.of("RATE_LIMITS_ENABLED", "false", "CACHE_ENABLED", "false",
				"RETRY_ATTEMPTS", "1"));
		sandbox = server.sandbox();
		client = server.client();
		try (InputStream in = EveryToolTest.class.getResourceAsStream("/tool-examples.json")) {
			examples = JSON.readTree(in);
		}
	}

	@Test
	void lists220ToolsEachWithDescriptionSchemaAndExample() {
		List<Tool> tools = client.listTools().tools();

		assertThat(tools).hasSize(220);
		assertThat(tools).allSatisfy(tool -> {
			assertThat(tool.name()).startsWith("stateset_");
			assertThat(tool.description()).as(tool.name()).isNotBlank();
			assertThat(tool.inputSchema()).as(tool.name()).isNotNull();
			assertThat(tool.inputSchema()).containsEntry("type", "object");
			assertThat(tool.annotations()).as(tool.name()).isNotNull();
		});
		assertThat(tools.stream().map(Tool::name)).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(() -> examples.fieldNames());
	}

	static Stream<String> toolNames() {
		return client.listTools().tools().stream().map(Tool::name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("toolNames")
	void callsTool(String name) {
		sandbox.reset();
		JsonNode example = examples.get(name);
		assertThat(example).as("an example in tool-examples.json for " + name).isNotNull();
		Map<String, JsonNode> results = new HashMap<>();
		for (JsonNode step : example.path("setup")) {
			results.put(step.get("as").asText(), call(step.get("tool").asText(), resolve(step.get("args"), results)));
		}

		JsonNode result = call(name, resolve(example.get("args"), results));

		assertThat(result.isObject()).as(name + " returns a JSON object").isTrue();
		assertThat(result.size()).as(name + " returns content").isPositive();
		example.path("expect").fields().forEachRemaining(e -> assertThat(sameValue(at(result, e.getKey()), e.getValue()))
				.as(name + " result field " + e.getKey() + " is " + e.getValue() + " in " + result).isTrue());
		if (name.startsWith("stateset_create_")) {
			assertThat(result.path("id").asText()).as(name + " returns the new id").isNotBlank();
		}
		if (name.startsWith("stateset_list_")) {
			assertThat(result.path("items").isArray()).as(name + " returns items").isTrue();
		}
	}

	private static JsonNode call(String tool, JsonNode args) {
		CallToolResult result = client.callTool(tool, JSON.convertValue(args, Map.class));
		String text = result.content().isEmpty() ? "" : ((TextContent) result.content().get(0)).text();
		assertThat(result.isError()).as(tool + " with " + args + " answered: " + text).isNotEqualTo(Boolean.TRUE);
		return result.structuredContent() == null ? JSON.createObjectNode() : JSON.valueToTree(result.structuredContent());
	}

	/** Replaces {@code ${alias.path}} in string values with the value at that path of a setup step's result. */
	private static JsonNode resolve(JsonNode args, Map<String, JsonNode> results) {
		JsonNode copy = args.deepCopy();
		if (copy.isArray()) {
			for (int i = 0; i < copy.size(); i++) {
				((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, resolveValue(copy.get(i), results));
			}
		} else if (copy.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = copy.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> e = it.next();
				((ObjectNode) copy).set(e.getKey(), resolveValue(e.getValue(), results));
			}
		}
		return copy;
	}

	private static JsonNode resolveValue(JsonNode value, Map<String, JsonNode> results) {
		if (value.isTextual()) {
			Matcher m = PLACEHOLDER.matcher(value.asText());
			if (m.matches()) {
				JsonNode found = at(results.get(m.group(1)), m.group(2));
				assertThat(found.isMissingNode()).as("setup result " + m.group(1) + " has " + m.group(2)).isFalse();
				return found;
			}
		}
		return value.isContainerNode() ? resolve(value, results) : value;
	}

	/** Equal JSON values, numbers by value (60 equals 60.0). */
	private static boolean sameValue(JsonNode actual, JsonNode expected) {
		if (actual.isNumber() && expected.isNumber()) {
			return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
		}
		return actual.equals(expected);
	}

	/** The value at a path like {@code items[0].product_id}. */
	private static JsonNode at(JsonNode node, String path) {
		JsonNode current = node;
		for (String part : path.split("\\.")) {
			Matcher index = Pattern.compile("(.+)\\[(\\d+)]").matcher(part);
			current = index.matches() ? current.path(index.group(1)).path(Integer.parseInt(index.group(2)))
					: current.path(part);
		}
		return current;
	}
}
