package dev.mcpforge.core.internal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.mcpforge.core.Violation;

/**
 * Finds required properties that are missing or null, walking the (inlined) input schema
 * alongside the arguments. Jackson alone would silently bind a missing primitive as 0.
 */
public final class RequiredCheck {

	private RequiredCheck() {
	}

	@SuppressWarnings("unchecked")
	public static void check(JsonNode node, Map<String, Object> schema, String path, List<Violation> problems) {
		if (schema == null || node == null) {
			return;
		}
		if (node.isObject()) {
			Object required = schema.get("required");
			if (required instanceof List<?> names) {
				for (Object name : names) {
					JsonNode value = node.get(String.valueOf(name));
					if (value == null || value.isNull()) {
						problems.add(new Violation(join(path, String.valueOf(name)), "is required"));
					}
				}
			}
			if (schema.get("properties") instanceof Map<?, ?> properties) {
				node.fields().forEachRemaining(field -> {
					Object child = properties.get(field.getKey());
					if (child instanceof Map<?, ?> childSchema) {
						check(field.getValue(), (Map<String, Object>) childSchema, join(path, field.getKey()), problems);
					}
				});
			}
		}
		else if (node.isArray() && schema.get("items") instanceof Map<?, ?> items) {
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), (Map<String, Object>) items, path + "[" + i + "]", problems);
			}
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
