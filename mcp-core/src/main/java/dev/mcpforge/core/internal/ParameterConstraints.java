package dev.mcpforge.core.internal;

import java.lang.reflect.AnnotatedElement;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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

/**
 * Jakarta constraints on method parameters as schema keywords. victools maps constraints on
 * fields; parameters of annotated tool methods need this small equivalent.
 */
final class ParameterConstraints {

	private ParameterConstraints() {
	}

	/** Adds keywords to {@code schema}; returns whether the parameter is required. */
	static boolean apply(AnnotatedElement element, Map<String, Object> schema) {
		boolean required = element.isAnnotationPresent(NotNull.class);
		boolean isString = "string".equals(schema.get("type"));
		boolean isArray = "array".equals(schema.get("type"));
		if (element.isAnnotationPresent(NotBlank.class)) {
			required = true;
			schema.put("minLength", 1);
		}
		if (element.isAnnotationPresent(NotEmpty.class)) {
			required = true;
			schema.put(isArray ? "minItems" : "minLength", 1);
		}
		Size size = element.getAnnotation(Size.class);
		if (size != null) {
			if (size.min() > 0) {
				schema.put(isString ? "minLength" : isArray ? "minItems" : "minProperties", size.min());
			}
			if (size.max() < Integer.MAX_VALUE) {
				schema.put(isString ? "maxLength" : isArray ? "maxItems" : "maxProperties", size.max());
			}
		}
		Min min = element.getAnnotation(Min.class);
		if (min != null) {
			schema.put("minimum", min.value());
		}
		Max max = element.getAnnotation(Max.class);
		if (max != null) {
			schema.put("maximum", max.value());
		}
		DecimalMin decimalMin = element.getAnnotation(DecimalMin.class);
		if (decimalMin != null) {
			schema.put(decimalMin.inclusive() ? "minimum" : "exclusiveMinimum", new java.math.BigDecimal(decimalMin.value()));
		}
		DecimalMax decimalMax = element.getAnnotation(DecimalMax.class);
		if (decimalMax != null) {
			schema.put(decimalMax.inclusive() ? "maximum" : "exclusiveMaximum", new java.math.BigDecimal(decimalMax.value()));
		}
		if (element.isAnnotationPresent(Positive.class)) {
			schema.put("exclusiveMinimum", 0);
		}
		if (element.isAnnotationPresent(PositiveOrZero.class)) {
			schema.put("minimum", 0);
		}
		if (element.isAnnotationPresent(Negative.class)) {
			schema.put("exclusiveMaximum", 0);
		}
		Pattern pattern = element.getAnnotation(Pattern.class);
		if (pattern != null) {
			schema.put("pattern", pattern.regexp());
		}
		if (element.isAnnotationPresent(Email.class)) {
			schema.put("format", "email");
		}
		return required;
	}

}
