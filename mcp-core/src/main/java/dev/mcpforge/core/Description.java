package dev.mcpforge.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a type, record component, field or parameter to the model. The text becomes
 * the {@code description} keyword of the generated JSON Schema.
 *
 * <pre>{@code
 * record Weather(@Description("City name, e.g. Berlin") @NotBlank String city) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
		ElementType.RECORD_COMPONENT })
public @interface Description {

	String value();

}
