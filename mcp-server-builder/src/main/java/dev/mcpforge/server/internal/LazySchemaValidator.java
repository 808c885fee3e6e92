package dev.mcpforge.server.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

import dev.mcpforge.core.internal.Lazy;

/**
 * The SDK's JSON Schema validator (networknt, 2020-12), loaded on first use: about 250 classes
 * and a parsed meta-schema that a server needs only when a raw-schema tool is called, a
 * structured result is checked or a user-written schema is registered.
 *
 * <p>The SDK checks every tool's schemas against the meta-schema when a tool is registered;
 * schemas mcpforge generated itself are {@linkplain #trust(Map) trusted} and skip that check,
 * user-written ones still get it.
 */
public final class LazySchemaValidator implements JsonSchemaValidator {

	private final Set<Map<String, Object>> generated = ConcurrentHashMap.newKeySet();

	private final Lazy<JsonSchemaValidator> delegate = new Lazy<>(McpJsonDefaults::getSchemaValidator);

	/** Marks a schema mcpforge generated (victools, 2020-12) as well-formed. */
	public void trust(Map<String, Object> schema) {
		if (schema != null) {
			generated.add(schema);
		}
	}

	@Override
	public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
		return delegate.get().validate(schema, structuredContent);
	}

	@Override
	public ValidationResponse validateSchema(Map<String, Object> schema) {
		if (schema != null && generated.contains(schema)) {
			return ValidationResponse.asValid(null);
		}
		return delegate.get().validateSchema(schema);
	}

}
