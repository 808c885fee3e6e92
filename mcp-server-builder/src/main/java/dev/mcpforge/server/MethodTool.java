package dev.mcpforge.server;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.mcpforge.core.binding.ArgumentBinder;
import dev.mcpforge.core.schema.JsonSchemas;
import dev.mcpforge.core.schema.SchemaProperty;

/**
 * An {@link Tool}-annotated method as a tool handler. A single record parameter is the
 * arguments object; otherwise each non-context parameter is one argument.
 */
final class MethodTool {

	private final Object target;

	private final Method method;

	private final ArgumentBinder binder;

	private final Map<String, Object> inputSchema;

	private final List<SchemaProperty> properties;

	private final int contextIndex;

	private final Class<?> recordType;

	MethodTool(Object target, Method method, JsonSchemas schemas, ArgumentBinder binder) {
		this.target = target;
		this.method = method;
		this.binder = binder;
		method.setAccessible(true);
		Parameter[] parameters = method.getParameters();
		int context = -1;
		List<Parameter> valueParameters = new ArrayList<>();
		for (int i = 0; i < parameters.length; i++) {
			if (parameters[i].getType() == McpContext.class) {
				context = i;
			}
			else {
				valueParameters.add(parameters[i]);
			}
		}
		this.contextIndex = context;
		if (valueParameters.size() == 1 && valueParameters.get(0).getType().isRecord()
				&& !valueParameters.get(0).isAnnotationPresent(JsonProperty.class)) {
			this.recordType = valueParameters.get(0).getType();
			this.properties = List.of();
			this.inputSchema = schemas.inputSchema(recordType);
		}
		else {
			this.recordType = null;
			this.properties = valueParameters.stream()
				.map(p -> new SchemaProperty(nameOf(p), p.getParameterizedType(), p))
				.toList();
			this.inputSchema = schemas.objectSchema(properties);
		}
	}

	Map<String, Object> inputSchema() {
		return inputSchema;
	}

	Object invoke(Map<String, Object> arguments, McpContext context) throws Exception {
		Object[] values;
		if (recordType != null) {
			Object bound = binder.bind(arguments, recordType, inputSchema);
			values = new Object[method.getParameterCount()];
			values[contextIndex == 0 ? 1 : 0] = bound;
			if (contextIndex >= 0) {
				values[contextIndex] = context;
			}
		}
		else {
			Map<Integer, Object> injected = contextIndex < 0 ? Map.of() : Map.of(contextIndex, context);
			values = binder.bindParameters(arguments, target, method, properties, inputSchema, injected);
		}
		return method.invoke(target, values);
	}

	private String nameOf(Parameter parameter) {
		JsonProperty property = parameter.getAnnotation(JsonProperty.class);
		if (property != null && !property.value().isEmpty()) {
			return property.value();
		}
		if (!parameter.isNamePresent()) {
			throw new IllegalArgumentException("@Tool method " + method.getDeclaringClass().getSimpleName() + "."
					+ method.getName() + ": parameter names are not available; compile with '-parameters' or put "
					+ "@JsonProperty(\"name\") on each parameter");
		}
		return parameter.getName();
	}

}
