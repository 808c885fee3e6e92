package dev.mcpforge.testing.internal;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpforge.core.binding.ArgumentBinder;
import dev.mcpforge.core.schema.JsonSchemas;

/**
 * Typed elicitation for the mock context, the same way the server does it: a flat form schema
 * generated from the record, and an accepted answer bound (and validated) back to it.
 */
public final class ElicitationBinding {

	private ElicitationBinding() {
	}

	private static final class Holder {

		static final JsonSchemas SCHEMAS = JsonSchemas.create(JsonValues.mapper());

		static final ArgumentBinder BINDER = ArgumentBinder.create(JsonValues.mapper());

	}

	public static Map<String, Object> schemaFor(Type type) {
		Map<String, Object> schema = new LinkedHashMap<>(Holder.SCHEMAS.inputSchema(type));
		schema.keySet().retainAll(List.of("type", "properties", "required"));
		return schema;
	}

	public static <T> T bind(Map<String, Object> content, Type type, Map<String, Object> schema) {
		return Holder.BINDER.bind(content, type, schema);
	}

}
