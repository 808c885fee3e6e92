package dev.mcpforge.core.schema;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;

/**
 * One named property of a synthesised object schema.
 *
 * @param name property name
 * @param type Java type of its value
 * @param annotations where to read {@code @Description} and constraints from (e.g. a
 * {@link java.lang.reflect.Parameter})
 */
public record SchemaProperty(String name, Type type, AnnotatedElement annotations) {
}
