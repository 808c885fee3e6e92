package dev.mcpforge.core.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;

import dev.mcpforge.core.Violation;

/**
 * Records each binding problem with its path and lets Jackson carry on with a neutral value,
 * so one pass over the arguments finds every wrong type and unknown field.
 */
public final class CollectingProblemHandler extends DeserializationProblemHandler {

	private final List<Violation> problems;

	public CollectingProblemHandler(List<Violation> problems) {
		this.problems = problems;
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
			Object beanOrClass, String propertyName) throws IOException {
		String expected = deserializer == null ? "" : "; expected one of " + new TreeSet<>(
				deserializer.getKnownPropertyNames().stream().map(String::valueOf).toList());
		// the parser context already points at the unknown name
		problems.add(new Violation(pathOf(p.getParsingContext(), null), "unknown field" + expected));
		p.skipChildren();
		return true;
	}

	@Override
	public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
			String failureMsg) {
		String message = targetType.isEnum()
				? "must be one of " + Arrays.toString(targetType.getEnumConstants()) + ", but was '" + valueToConvert + "'"
				: "expected " + describe(targetType) + ", but got '" + valueToConvert + "'";
		return record(ctxt.getParser(), message, targetType);
	}

	@Override
	public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
			String failureMsg) {
		return record(ctxt.getParser(), "expected " + describe(targetType) + ", but got " + valueToConvert, targetType);
	}

	@Override
	public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
			String failureMsg) throws IOException {
		String path = valuePath(p);
		p.skipChildren();
		problems.add(new Violation(path, "expected " + describe(targetType.getRawClass()) + ", but got " + describe(t)));
		return neutral(targetType.getRawClass());
	}

	@Override
	public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
			ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
		String path = valuePath(p);
		JsonToken token = p.currentToken();
		p.skipChildren();
		problems.add(new Violation(path, "expected " + describe(instClass) + ", but got " + describe(token)));
		return null;
	}

	@Override
	public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
			Throwable t) {
		problems.add(new Violation(pathOf(ctxt.getParser().getParsingContext(), null), cleanMessage(t.getMessage())));
		return null;
	}

	private Object record(JsonParser parser, String message, Class<?> targetType) {
		problems.add(new Violation(pathOf(parser.getParsingContext(), null), message));
		return neutral(targetType);
	}

	private static Object neutral(Class<?> type) {
		return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
	}

	// On '{' or '[' the parser has already entered the new container: the value sits one level up.
	private static String valuePath(JsonParser p) {
		JsonStreamContext context = p.getParsingContext();
		if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
			context = context.getParent();
		}
		return pathOf(context, null);
	}

	/** Dotted path with indexes, e.g. {@code items[2].sku}. */
	static String pathOf(JsonStreamContext context, String leaf) {
		StringBuilder path = new StringBuilder();
		build(context, path);
		if (leaf != null) {
			if (path.length() > 0) {
				path.append('.');
			}
			path.append(leaf);
		}
		return path.toString();
	}

	private static void build(JsonStreamContext context, StringBuilder path) {
		if (context == null || context.inRoot()) {
			return;
		}
		build(context.getParent(), path);
		if (context.inArray()) {
			path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
		}
		else if (context.getCurrentName() != null && context.getParent() != null) {
			if (path.length() > 0) {
				path.append('.');
			}
			path.append(context.getCurrentName());
		}
	}

	static String describe(Class<?> type) {
		if (type == String.class || CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return "a string";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "a boolean";
		}
		if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
				|| type == Long.class || type == Short.class || type == Byte.class || type == java.math.BigInteger.class) {
			return "an integer";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type.getName().startsWith("java.time.")) {
			return "an ISO-8601 " + type.getSimpleName() + " string";
		}
		return "an object";
	}

	private static String describe(JsonToken token) {
		if (token == null) {
			return "nothing";
		}
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT -> "an integer";
			case VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> token.asString() == null ? token.name() : token.asString();
		};
	}

	/** Jackson messages minus source locations and class names, which mean nothing to a model. */
	public static String cleanMessage(String message) {
		if (message == null) {
			return "invalid value";
		}
		String first = message.split("\n", 2)[0];
		int at = first.indexOf(" at [Source");
		if (at > 0) {
			first = first.substring(0, at);
		}
		return first.replaceAll("`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?", "$1").trim();
	}

}
