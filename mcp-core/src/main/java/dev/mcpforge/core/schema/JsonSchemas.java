package dev.mcpforge.core.schema;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.internal.Lazy;
import dev.mcpforge.core.internal.SchemaFactory;

/**
 * JSON Schemas (2020-12) for Java types, generated with victools jsonschema-generator and
 * cached per type. Thread-safe; create one per server and share it.
 *
 * <p>What the generated schemas contain:
 * <ul>
 * <li>records, classes, nested records, enums, {@code Optional}, collections, maps and
 * {@code java.time} types (strings with a {@code format});</li>
 * <li>Jakarta Validation constraints as keywords: {@code @NotNull}/{@code @NotBlank} make a
 * property required, {@code @NotBlank} adds {@code minLength: 1}, {@code @Size},
 * {@code @Min}/{@code @Max}, {@code @Pattern}, {@code @Email} ({@code format: email}), …;
 * primitives are required too, since an absent primitive would silently become 0;</li>
 * <li>descriptions from {@link dev.mcpforge.core.Description} or Jackson's
 * {@code @JsonPropertyDescription};</li>
 * <li>no {@code $ref}/{@code $defs}: sub-schemas are inlined, because popular clients break on
 * references (recursive types, which cannot be inlined, keep {@code $defs});</li>
 * <li>{@code additionalProperties: false} on input objects, matching the binder, which
 * rejects unknown fields.</li>
 * </ul>
 */
public final class JsonSchemas {

	private final SchemaFactory factory;

	private final Map<Type, Map<String, Object>> inputCache = new ConcurrentHashMap<>();

	private final Map<Type, Map<String, Object>> outputCache = new ConcurrentHashMap<>();

	private JsonSchemas(SchemaFactory factory) {
		this.factory = factory;
	}

	/** Schemas for mcpforge's default Jackson configuration ({@link McpJson#newMapper()}). */
	public static JsonSchemas create() {
		// a mapper nobody else holds: plain records can be described without victools (or any mapper)
		return new JsonSchemas(new SchemaFactory(new Lazy<>(McpJson::newMapper), true));
	}

	/** Schemas matching a custom Jackson configuration. */
	public static JsonSchemas create(ObjectMapper mapper) {
		return new JsonSchemas(new SchemaFactory(mapper));
	}

	/**
	 * The input schema of a tool whose arguments bind to {@code argumentsType}: always an
	 * object schema.
	 * @throws IllegalArgumentException if the type does not map to a JSON object
	 */
	public Map<String, Object> inputSchema(Type argumentsType) {
		return inputCache.computeIfAbsent(argumentsType, factory::inputSchema);
	}

	/**
	 * The output schema for a tool returning {@code resultType}, or {@code null} when the
	 * result is not structured (strings, numbers, booleans, MCP content). Collections and
	 * arrays are wrapped as {@code {"result": [...]}} because structured content must be an
	 * object.
	 */
	public Map<String, Object> outputSchema(Type resultType) {
		Map<String, Object> schema = outputCache.computeIfAbsent(resultType,
				type -> factory.outputSchema(type).orElse(Map.of()));
		return schema.isEmpty() ? null : schema;
	}

	/** Object schema for a set of named values, e.g. the parameters of an annotated method. */
	public Map<String, Object> objectSchema(java.util.List<SchemaProperty> properties) {
		return factory.objectSchema(properties);
	}

}
