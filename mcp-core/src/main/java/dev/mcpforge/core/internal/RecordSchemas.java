package dev.mcpforge.core.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.mcpforge.core.Description;

/**
 * Input schemas of plain records without victools, exactly as {@link SchemaFactory}'s victools
 * configuration writes them (same keys, same order, same value types): victools and its
 * dependencies cost about 0.4 s of start-up for the first schema. Covers records (not generic)
 * whose components are strings, {@code int}/{@code long}/{@code double}/{@code float}/{@code boolean}
 * and their boxes, plain enums, nested plain records and {@code List}s of these, annotated with
 * {@link Description} and common Jakarta constraints. Anything else, including any Jackson
 * annotation and any constraint combination whose victools rendering is not reproduced here,
 * returns {@code null} and goes to victools.
 */
final class RecordSchemas {

	private static final Set<Class<? extends Annotation>> STRING = Set.of(Description.class, NotNull.class,
			Valid.class, NotBlank.class, NotEmpty.class, Size.class, Pattern.class, Email.class);

	private static final Set<Class<? extends Annotation>> NUMBER = Set.of(Description.class, NotNull.class,
			Valid.class, Min.class, Max.class, Positive.class, PositiveOrZero.class, Negative.class);

	private static final Set<Class<? extends Annotation>> LIST = Set.of(Description.class, NotNull.class, Valid.class,
			NotEmpty.class, Size.class);

	private static final Set<Class<? extends Annotation>> OTHER = Set.of(Description.class, NotNull.class,
			Valid.class);

	private RecordSchemas() {
	}

	/** The input schema of {@code type}, or {@code null} when victools must write it. */
	static Map<String, Object> inputSchema(Type type) {
		if (!(type instanceof Class<?> c) || !isPlainRecord(c)) {
			return null;
		}
		try {
			return object(c, new HashSet<>());
		}
		catch (Unsupported e) {
			return null;
		}
	}

	private static Map<String, Object> object(Class<?> record, Set<Class<?>> enclosing) {
		if (!isPlainRecord(record) || !enclosing.add(record)) {
			// recursive types keep $defs in victools' rendering
			throw new Unsupported();
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "object");
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (RecordComponent component : record.getRecordComponents()) {
			Field field = field(record, component);
			properties.put(component.getName(), property(field, component, enclosing));
			if (field.getType().isPrimitive() || has(field, NotNull.class) || has(field, NotBlank.class)
					|| has(field, NotEmpty.class)) {
				required.add(component.getName());
			}
		}
		if (!properties.isEmpty()) {
			schema.put("properties", properties);
		}
		if (!required.isEmpty()) {
			schema.put("required", required);
		}
		Description description = record.getAnnotation(Description.class);
		if (description != null) {
			schema.put("description", description.value());
		}
		schema.put("additionalProperties", false);
		enclosing.remove(record);
		return schema;
	}

	private static Map<String, Object> property(Field field, RecordComponent component, Set<Class<?>> enclosing) {
		Class<?> raw = field.getType();
		if (hasTypeAnnotations(component.getAnnotatedType())) {
			throw new Unsupported();
		}
		Description description = field.getAnnotation(Description.class);
		if (raw == List.class) {
			allowOnly(field, LIST);
			Map<String, Object> schema = new LinkedHashMap<>();
			putDescription(schema, description);
			Size size = field.getAnnotation(Size.class);
			if (size != null && size.min() > 0) {
				schema.put("minItems", size.min());
			}
			else if (has(field, NotEmpty.class)) {
				schema.put("minItems", 1);
			}
			if (size != null && size.max() < Integer.MAX_VALUE) {
				schema.put("maxItems", size.max());
			}
			schema.put("type", "array");
			schema.put("items", item(field.getGenericType(), enclosing));
			return schema;
		}
		Map<String, Object> schema = scalar(raw);
		if (schema != null) {
			boolean isString = raw == String.class;
			boolean isNumber = schema.containsKey("format"); // of the scalars here, only numbers have one
			allowOnly(field, isString ? STRING : isNumber ? NUMBER : OTHER);
			putDescription(schema, description);
			if (isString) {
				stringConstraints(field, schema);
			}
			else {
				numberConstraints(field, schema);
			}
			return schema;
		}
		allowOnly(field, OTHER);
		if (raw.isEnum()) {
			schema = enumSchema(raw);
			putDescription(schema, description);
			return schema;
		}
		schema = object(raw, enclosing);
		if (description != null) {
			if (schema.containsKey("description")) {
				throw new Unsupported();
			}
			schema.put("description", description.value());
		}
		return schema;
	}

	private static Map<String, Object> item(Type listType, Set<Class<?>> enclosing) {
		if (!(listType instanceof ParameterizedType p) || !(p.getActualTypeArguments()[0] instanceof Class<?> item)) {
			throw new Unsupported();
		}
		Map<String, Object> schema = scalar(item);
		if (schema != null) {
			return schema;
		}
		if (item.isEnum()) {
			return enumSchema(item);
		}
		return object(item, enclosing);
	}

	private static Map<String, Object> scalar(Class<?> type) {
		Map<String, Object> schema = new LinkedHashMap<>();
		if (type == String.class) {
			schema.put("type", "string");
		}
		else if (type == int.class || type == Integer.class) {
			schema.put("type", "integer");
			schema.put("format", "int32");
		}
		else if (type == long.class || type == Long.class) {
			schema.put("type", "integer");
			schema.put("format", "int64");
		}
		else if (type == double.class || type == Double.class) {
			schema.put("type", "number");
			schema.put("format", "double");
		}
		else if (type == float.class || type == Float.class) {
			schema.put("type", "number");
			schema.put("format", "float");
		}
		else if (type == boolean.class || type == Boolean.class) {
			schema.put("type", "boolean");
		}
		else {
			return null;
		}
		return schema;
	}

	private static Map<String, Object> enumSchema(Class<?> type) {
		if (type.getDeclaredAnnotations().length > 0) {
			throw new Unsupported();
		}
		for (Field field : type.getDeclaredFields()) {
			if (field.getDeclaredAnnotations().length > 0) {
				throw new Unsupported();
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (method.getDeclaredAnnotations().length > 0) {
				throw new Unsupported();
			}
		}
		List<Object> values = new ArrayList<>();
		for (Object constant : type.getEnumConstants()) {
			values.add(((Enum<?>) constant).name());
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "string");
		schema.put("enum", values);
		return schema;
	}

	private static void stringConstraints(Field field, Map<String, Object> schema) {
		Size size = field.getAnnotation(Size.class);
		boolean nonEmpty = has(field, NotBlank.class) || has(field, NotEmpty.class);
		if (size != null && size.min() > 0) {
			schema.put("minLength", size.min());
		}
		else if (nonEmpty) {
			schema.put("minLength", 1);
		}
		if (size != null && size.max() < Integer.MAX_VALUE) {
			schema.put("maxLength", size.max());
		}
		Email email = field.getAnnotation(Email.class);
		if (email != null) {
			if (!".*".equals(email.regexp()) || email.flags().length > 0) {
				throw new Unsupported();
			}
			schema.put("format", "email");
		}
		Pattern pattern = field.getAnnotation(Pattern.class);
		if (pattern != null) {
			if (pattern.flags().length > 0) {
				throw new Unsupported();
			}
			schema.put("pattern", pattern.regexp());
		}
	}

	private static void numberConstraints(Field field, Map<String, Object> schema) {
		Min min = field.getAnnotation(Min.class);
		boolean positive = has(field, Positive.class);
		boolean positiveOrZero = has(field, PositiveOrZero.class);
		if ((min != null ? 1 : 0) + (positive ? 1 : 0) + (positiveOrZero ? 1 : 0) > 1) {
			throw new Unsupported();
		}
		Max max = field.getAnnotation(Max.class);
		boolean negative = has(field, Negative.class);
		if (max != null && negative) {
			throw new Unsupported();
		}
		if (min != null) {
			schema.put("minimum", new BigDecimal(min.value()));
		}
		if (positiveOrZero) {
			schema.put("minimum", BigDecimal.ZERO);
		}
		if (positive) {
			schema.put("exclusiveMinimum", BigDecimal.ZERO);
		}
		if (max != null) {
			schema.put("maximum", new BigDecimal(max.value()));
		}
		if (negative) {
			schema.put("exclusiveMaximum", BigDecimal.ZERO);
		}
	}

	private static void putDescription(Map<String, Object> schema, Description description) {
		if (description != null) {
			schema.put("description", description.value());
		}
	}

	/** A record with nothing victools or Jackson would read beyond its components' names and types. */
	private static boolean isPlainRecord(Class<?> type) {
		// Jackson also reads class annotations of the interfaces a type implements
		if (!type.isRecord() || type.getTypeParameters().length > 0 || type.getInterfaces().length > 0) {
			return false;
		}
		for (Annotation annotation : type.getDeclaredAnnotations()) {
			if (annotation.annotationType() != Description.class) {
				return false;
			}
		}
		Set<String> accessors = new HashSet<>();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = component.getName();
			// Jackson may derive another property name from a bean-style accessor name
			if (name.startsWith("is") || name.startsWith("get") || name.startsWith("set")) {
				return false;
			}
			accessors.add(component.getAccessor().getName());
		}
		for (Method method : type.getDeclaredMethods()) {
			if (!accessors.contains(method.getName()) && method.getDeclaredAnnotations().length > 0) {
				return false;
			}
		}
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (constructor.getDeclaredAnnotations().length > 0) {
				return false;
			}
			for (Annotation[] parameter : constructor.getParameterAnnotations()) {
				for (Annotation annotation : parameter) {
					if (!STRING.contains(annotation.annotationType()) && !NUMBER.contains(annotation.annotationType())
							&& !LIST.contains(annotation.annotationType())) {
						return false;
					}
				}
			}
		}
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getDeclaredAnnotations().length > 0) {
				return false;
			}
		}
		return true;
	}

	private static Field field(Class<?> record, RecordComponent component) {
		try {
			Field field = record.getDeclaredField(component.getName());
			// victools also reads the accessor: one written by hand may carry other annotations
			if (!Arrays.equals(annotationTypes(field.getDeclaredAnnotations()),
					annotationTypes(component.getAccessor().getDeclaredAnnotations()))) {
				throw new Unsupported();
			}
			return field;
		}
		catch (NoSuchFieldException e) {
			throw new Unsupported();
		}
	}

	private static boolean hasTypeAnnotations(AnnotatedType type) {
		if (type instanceof AnnotatedParameterizedType p) {
			for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
				if (argument.getAnnotations().length > 0 || hasTypeAnnotations(argument)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void allowOnly(Field field, Set<Class<? extends Annotation>> allowed) {
		for (Annotation annotation : field.getDeclaredAnnotations()) {
			if (!allowed.contains(annotation.annotationType())) {
				throw new Unsupported();
			}
		}
	}

	private static Class<?>[] annotationTypes(Annotation[] annotations) {
		Class<?>[] types = new Class<?>[annotations.length];
		for (int i = 0; i < annotations.length; i++) {
			types[i] = annotations[i].annotationType();
		}
		return types;
	}

	private static boolean has(Field field, Class<? extends Annotation> annotation) {
		return field.isAnnotationPresent(annotation);
	}

	/** Thrown to fall back to victools. */
	private static final class Unsupported extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unsupported() {
			super(null, null, false, false);
		}

	}

}
