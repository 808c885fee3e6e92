package dev.mcpforge.core.internal;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.schema.SchemaProperty;

/** The victools configuration behind {@link dev.mcpforge.core.schema.JsonSchemas}. */
public final class SchemaFactory {

	private final Supplier<ObjectMapper> mapper;

	private final boolean defaultMapper;

	// built on first use: most servers never need the output or the referencing variants
	private final Lazy<SchemaGenerator> inlineInput;

	private final Lazy<SchemaGenerator> referencingInput;

	private final Lazy<SchemaGenerator> inlineOutput;

	private final Lazy<SchemaGenerator> referencingOutput;

	public SchemaFactory(ObjectMapper mapper) {
		this(() -> mapper, false);
	}

	/**
	 * @param defaultMapper whether {@code mapper} is configured as {@link dev.mcpforge.core.McpJson#newMapper()}
	 * and nobody else can change it: then plain records skip victools ({@link RecordSchemas})
	 */
	public SchemaFactory(Supplier<ObjectMapper> mapper, boolean defaultMapper) {
		this.mapper = mapper;
		this.defaultMapper = defaultMapper;
		this.inlineInput = new Lazy<>(() -> generator(mapper.get(), true, true));
		this.referencingInput = new Lazy<>(() -> generator(mapper.get(), true, false));
		this.inlineOutput = new Lazy<>(() -> generator(mapper.get(), false, true));
		this.referencingOutput = new Lazy<>(() -> generator(mapper.get(), false, false));
	}

	public Map<String, Object> inputSchema(Type type) {
		Map<String, Object> plain = defaultMapper ? RecordSchemas.inputSchema(type) : null;
		if (plain != null) {
			return plain;
		}
		return victoolsInputSchema(type);
	}

	/** The input schema as victools writes it, plain record or not: what {@link RecordSchemas} must match. */
	Map<String, Object> victoolsInputSchema(Type type) {
		Map<String, Object> schema = generate(type, inlineInput, referencingInput);
		if (!"object".equals(schema.get("type"))) {
			throw new IllegalArgumentException("tool arguments must bind to a JSON object (a record or class), but "
					+ type.getTypeName() + " maps to " + schema.get("type"));
		}
		return schema;
	}

	public Optional<Map<String, Object>> outputSchema(Type type) {
		if (type == void.class || type == Void.class || type == Object.class || isSdkType(type)) {
			return Optional.empty();
		}
		Map<String, Object> schema = generate(type, inlineOutput, referencingOutput);
		Object jsonType = schema.get("type");
		if ("object".equals(jsonType)) {
			return Optional.of(schema);
		}
		if ("array".equals(jsonType)) {
			Map<String, Object> wrapped = new LinkedHashMap<>();
			wrapped.put("type", "object");
			wrapped.put("properties", Map.of("result", schema));
			wrapped.put("required", List.of("result"));
			return Optional.of(wrapped);
		}
		return Optional.empty();
	}

	public Map<String, Object> objectSchema(List<SchemaProperty> properties) {
		Map<String, Object> props = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (SchemaProperty property : properties) {
			Map<String, Object> schema = new LinkedHashMap<>(generate(property.type(), inlineInput, referencingInput));
			Description description = property.annotations().getAnnotation(Description.class);
			if (description != null) {
				schema.put("description", description.value());
			}
			if (ParameterConstraints.apply(property.annotations(), schema)
					|| (property.type() instanceof Class<?> c && c.isPrimitive())) {
				required.add(property.name());
			}
			props.put(property.name(), schema);
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "object");
		schema.put("properties", props);
		if (!required.isEmpty()) {
			schema.put("required", required);
		}
		schema.put("additionalProperties", false);
		return schema;
	}

	private Map<String, Object> generate(Type type, Lazy<SchemaGenerator> inline, Lazy<SchemaGenerator> referencing) {
		ObjectNode node;
		try {
			node = inline.get().generateSchema(type);
		}
		catch (IllegalArgumentException recursive) {
			// victools cannot inline a type that contains itself; keep $defs for those only
			node = referencing.get().generateSchema(type);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> schema = mapper.get().convertValue(node, LinkedHashMap.class);
		return schema;
	}

	private static boolean isSdkType(Type type) {
		return type instanceof Class<?> c && c.getName().startsWith("io.modelcontextprotocol.");
	}

	private static SchemaGenerator generator(ObjectMapper mapper, boolean forInput, boolean inline) {
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
				OptionPreset.PLAIN_JSON);
		config.with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
				JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY));
		config.with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
				JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
		config.with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
				Option.FLATTENED_OPTIONALS);
		config.without(Option.SCHEMA_VERSION_INDICATOR);
		if (inline) {
			config.with(Option.INLINE_ALL_SCHEMAS);
		}
		if (forInput) {
			config.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
		}
		// declaration order (record component order) reads better for models than alphabetical
		config.forTypesInGeneral().withPropertySorter((first, second) -> 0);
		config.forFields().withRequiredCheck(field -> field.getType().getErasedType().isPrimitive());
		config.forFields().withDescriptionResolver(SchemaFactory::describe);
		config.forTypesInGeneral().withDescriptionResolver(scope -> {
			Description description = scope.getType().getErasedType().getAnnotation(Description.class);
			return description == null ? null : description.value();
		});
		return new SchemaGenerator(config.build());
	}

	private static String describe(FieldScope field) {
		if (field.isFakeContainerItemScope()) {
			return null;
		}
		Description description = field.getAnnotationConsideringFieldAndGetter(Description.class);
		return description == null ? null : description.value();
	}

}
