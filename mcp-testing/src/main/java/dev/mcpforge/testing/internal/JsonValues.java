package dev.mcpforge.testing.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;

import dev.mcpforge.core.McpJson;

/**
 * JSON conversions the kit shares: values to trees and maps with mcpforge's Jackson setup, and
 * tree comparison that treats {@code 3} and {@code 3.0} as equal (JSON has one number type).
 */
public final class JsonValues {

	private static final ObjectMapper MAPPER = McpJson.newMapper();

	private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
		if (a instanceof NumericNode x && b instanceof NumericNode y) {
			return x.decimalValue().compareTo(y.decimalValue());
		}
		return a.equals(b) ? 0 : 1;
	};

	private JsonValues() {
	}

	public static ObjectMapper mapper() {
		return MAPPER;
	}

	public static JsonNode tree(Object value) {
		return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
	}

	/** A record, bean or map as a JSON object map; {@code null} stays {@code null}. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> toMap(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), v));
			return copy;
		}
		JsonNode node = tree(value);
		if (!node.isObject()) {
			throw new IllegalArgumentException("tool arguments must be a JSON object (a record, bean or map), but "
					+ value.getClass().getName() + " serialises to " + node.getNodeType());
		}
		return MAPPER.convertValue(node, LinkedHashMap.class);
	}

	public static <T> T convert(Object value, Class<T> type) {
		return MAPPER.convertValue(value, type);
	}

	/** Deep equality of two JSON values, numbers compared by value. */
	public static boolean sameJson(Object expected, Object actual) {
		JsonNode a = tree(expected);
		JsonNode b = tree(actual);
		return a.equals(NUMBERS_BY_VALUE, b);
	}

	/** Compact JSON for messages. */
	public static String compact(Object value) {
		try {
			return MAPPER.writeValueAsString(tree(value));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			return String.valueOf(value);
		}
	}

}
