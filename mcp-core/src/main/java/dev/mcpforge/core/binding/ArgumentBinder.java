package dev.mcpforge.core.binding;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.mcpforge.core.InvalidArgumentsException;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.Violation;
import dev.mcpforge.core.internal.CollectingProblemHandler;
import dev.mcpforge.core.internal.ConstraintChecks;
import dev.mcpforge.core.internal.RequiredCheck;
import dev.mcpforge.core.schema.SchemaProperty;

/**
 * Turns the JSON arguments of a tool call into Java values and validates them: Jackson binds
 * (wrong types and unknown fields are collected, not thrown one at a time), a check against the
 * input schema finds missing required properties, then Hibernate Validator checks the Jakarta
 * constraints. All problems come back together in one {@link InvalidArgumentsException}.
 * Thread-safe.
 */
public final class ArgumentBinder {

	private final ObjectMapper mapper;

	private final ConstraintChecks constraints = new ConstraintChecks();

	private ArgumentBinder(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Prepares the validator on a background thread (it takes a few hundred milliseconds), so
	 * the first call does not pay for it. Servers call this once a transport is up, so it stays
	 * off the path to the first {@code initialize}; calling it again does nothing.
	 */
	public ArgumentBinder warmUp() {
		constraints.warmUpInBackground();
		return this;
	}

	/**
	 * Builds the validator now, on this thread, and returns when it is ready: for a training run
	 * that records the classes a server loads, or a test that must not time the validator's set-up.
	 */
	public ArgumentBinder warmUpNow() {
		constraints.warmUpNow();
		return this;
	}

	/** A binder on mcpforge's default Jackson configuration ({@link McpJson#newMapper()}). */
	public static ArgumentBinder create() {
		return new ArgumentBinder(McpJson.newMapper());
	}

	public static ArgumentBinder create(ObjectMapper mapper) {
		return new ArgumentBinder(mapper);
	}

	/**
	 * Binds {@code arguments} to {@code type} and validates the result.
	 * @param arguments the call's arguments; {@code null} counts as {@code {}}
	 * @param inputSchema the tool's input schema, for the required-property check
	 * @throws InvalidArgumentsException listing every problem found
	 */
	@SuppressWarnings("unchecked")
	public <T> T bind(Map<String, Object> arguments, Type type, Map<String, Object> inputSchema) {
		ObjectNode tree = toTree(arguments);
		List<Violation> problems = new ArrayList<>();
		RequiredCheck.check(tree, inputSchema, "", problems);
		JavaType javaType = mapper.constructType(type);
		Object value = read(tree, javaType, problems);
		List<Violation> violated = new ArrayList<>();
		if (value != null) {
			constraints.validateBean(value, violated);
		}
		return (T) finish(value, problems, violated);
	}

	/**
	 * Binds arguments to the parameters of an annotated tool method.
	 * @param properties the JSON-facing parameters, in order
	 * @param injected parameter values the framework supplies (e.g. the context), by parameter
	 * index; all other slots are filled from {@code properties} in order
	 * @return the complete argument array for {@code method}
	 * @throws InvalidArgumentsException listing every problem found
	 */
	public Object[] bindParameters(Map<String, Object> arguments, Object target, Method method,
			List<SchemaProperty> properties, Map<String, Object> inputSchema, Map<Integer, Object> injected) {
		ObjectNode tree = toTree(arguments);
		List<Violation> problems = new ArrayList<>();
		RequiredCheck.check(tree, inputSchema, "", problems);
		Set<String> known = new java.util.HashSet<>();
		properties.forEach(p -> known.add(p.name()));
		tree.fieldNames().forEachRemaining(name -> {
			if (!known.contains(name)) {
				problems.add(new Violation(name, "unknown field; expected one of " + new java.util.TreeSet<>(known)));
			}
		});
		Object[] values = new Object[method.getParameterCount()];
		int next = 0;
		for (int i = 0; i < values.length; i++) {
			if (injected.containsKey(i)) {
				values[i] = injected.get(i);
				continue;
			}
			SchemaProperty property = properties.get(next++);
			JsonNode node = tree.get(property.name());
			JavaType javaType = mapper.constructType(property.type());
			if (node == null || node.isNull()) {
				values[i] = javaType.isPrimitive() ? defaultOf(javaType.getRawClass()) : null;
			}
			else {
				List<Violation> local = new ArrayList<>();
				values[i] = read(node, javaType, local);
				local.forEach(v -> problems.add(new Violation(join(property.name(), v.path()), v.message())));
			}
		}
		List<Violation> violated = new ArrayList<>();
		constraints.validateParameters(target, method, values, violated);
		return (Object[]) finish(values, problems, violated);
	}

	private Object read(JsonNode node, JavaType type, List<Violation> problems) {
		ObjectReader reader = mapper.readerFor(type).withHandler(new CollectingProblemHandler(problems));
		try {
			return reader.readValue(node);
		}
		catch (java.io.IOException | RuntimeException e) {
			problems.add(new Violation("", CollectingProblemHandler.cleanMessage(e.getMessage())));
			return null;
		}
	}

	private ObjectNode toTree(Map<String, Object> arguments) {
		return arguments == null ? mapper.createObjectNode() : mapper.valueToTree(arguments);
	}

	// A binding problem (missing, wrong type, unknown) on "age" makes constraint messages about
	// "age" noise: the value they judged is a placeholder.
	private static Object finish(Object value, List<Violation> bindingProblems, List<Violation> constraintProblems) {
		List<Violation> all = new ArrayList<>();
		for (Violation v : bindingProblems) {
			if (all.stream().noneMatch(k -> covers(k.path(), v.path()))) {
				all.add(v);
			}
		}
		for (Violation v : constraintProblems) {
			if (bindingProblems.stream().noneMatch(k -> covers(k.path(), v.path()))) {
				all.add(v);
			}
		}
		if (!all.isEmpty()) {
			throw new InvalidArgumentsException(all);
		}
		return value;
	}

	private static boolean covers(String earlier, String later) {
		return !earlier.isEmpty() && (later.equals(earlier) || later.startsWith(earlier + ".") || later.startsWith(earlier + "["));
	}

	private static String join(String prefix, String path) {
		if (path.isEmpty()) {
			return prefix;
		}
		return path.startsWith("[") ? prefix + path : prefix + "." + path;
	}

	private static Object defaultOf(Class<?> primitive) {
		return com.fasterxml.jackson.databind.util.ClassUtil.defaultValue(primitive);
	}

}
