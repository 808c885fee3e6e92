package dev.mcpforge.core;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/**
 * Maps what a tool handler returns or throws to a {@code tools/call} result.
 *
 * <p>Returns: a {@link CallToolResult} passes through; MCP {@link McpSchema.Content} (or a list
 * of it) becomes the content; strings, numbers, booleans and enums become one text block;
 * records, beans and maps become {@code structuredContent} plus the same JSON as text (for
 * clients that ignore structured output); collections become {@code {"result": [...]}};
 * {@code null} becomes an empty result.
 *
 * <p>Throws: {@link ToolException}, {@link InvalidArgumentsException} and other
 * {@link McpException}s become an {@code isError} result with their message; anything else is logged with its stack trace and a
 * correlation id, and the client sees only a generic message with that id.
 */
public final class ToolResults {

	/** {@code _meta} key of the violations list in an invalid-arguments result. */
	public static final String VIOLATIONS_META_KEY = "dev.mcpforge/violations";

	/** {@code _meta} key of the correlation id in an internal-error result. */
	public static final String CORRELATION_META_KEY = "dev.mcpforge/correlationId";

	private static final Logger log = LoggerFactory.getLogger("dev.mcpforge.tools");

	private final ObjectMapper mapper;

	public ToolResults(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** The result for a value a handler returned. */
	public CallToolResult success(Object value) {
		if (value == null) {
			return CallToolResult.builder().content(List.of()).build();
		}
		if (value instanceof CallToolResult result) {
			return result;
		}
		if (value instanceof McpSchema.Content content) {
			return CallToolResult.builder().addContent(content).build();
		}
		if (value instanceof Collection<?> items && !items.isEmpty()
				&& items.stream().allMatch(McpSchema.Content.class::isInstance)) {
			return CallToolResult.builder().content(items.stream().map(McpSchema.Content.class::cast).toList()).build();
		}
		if (value instanceof CharSequence text) {
			return CallToolResult.builder().addTextContent(text.toString()).build();
		}
		JsonNode tree = mapper.valueToTree(value);
		if (tree.isObject()) {
			return structured(tree, tree);
		}
		if (tree.isArray()) {
			return structured(mapper.createObjectNode().set("result", tree), tree);
		}
		return CallToolResult.builder().addTextContent(tree.isNull() ? "" : tree.asText()).build();
	}

	/** The result for an exception a handler (or the binding before it) threw. */
	public CallToolResult failure(Throwable error, String toolName) {
		if (error instanceof InvalidArgumentsException invalid) {
			List<Map<String, String>> violations = invalid.violations()
				.stream()
				.sorted()
				.map(v -> Map.of("path", v.path(), "message", v.message()))
				.toList();
			return CallToolResult.builder()
				.addTextContent("Tool '" + toolName + "': " + invalid.getMessage())
				.isError(true)
				.meta(Map.of(VIOLATIONS_META_KEY, violations))
				.build();
		}
		if (error instanceof McpException known) {
			// ToolException and mcpforge's own failures carry messages written for the model
			return errorResult(known.getMessage());
		}
		String correlationId = UUID.randomUUID().toString().substring(0, 8);
		log.error("Tool '{}' failed unexpectedly [correlationId={}]", toolName, correlationId, error);
		return CallToolResult.builder()
			.addTextContent("Tool '" + toolName + "' failed with an internal error (correlation id " + correlationId
					+ "). The server log has the details.")
			.isError(true)
			.meta(Map.of(CORRELATION_META_KEY, correlationId))
			.build();
	}

	/** An {@code isError} result with one text block. */
	public static CallToolResult errorResult(String message) {
		return CallToolResult.builder().addTextContent(message).isError(true).build();
	}

	@SuppressWarnings("unchecked")
	private CallToolResult structured(JsonNode structured, JsonNode shown) {
		try {
			return CallToolResult.builder()
				.structuredContent(mapper.convertValue(structured, LinkedHashMap.class))
				.addTextContent(mapper.writeValueAsString(shown))
				.build();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot serialise tool result", e);
		}
	}

}
