package dev.mcpforge.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a bean as a tool; register the bean with
 * {@link McpServerBuilder#tools(Object...)}.
 *
 * <p>Parameters: either one record (the arguments object) or several plain parameters (each one
 * argument, named after the parameter — compile with {@code -parameters} or put
 * {@code @JsonProperty("name")} on it), plus optionally an {@link McpContext}. Jakarta
 * constraints and {@link dev.mcpforge.core.Description} work on both. The return type gives the
 * output schema.
 *
 * <pre>{@code
 * class Weather {
 *   @Tool(description = "Current weather for a city", readOnly = true)
 *   Forecast forecast(@NotBlank @Description("City name") String city, McpContext ctx) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

	/** Tool name; defaults to the method name. */
	String name() default "";

	String title() default "";

	/** What the tool does; required here or as {@code @Description} on the method. */
	String description() default "";

	boolean readOnly() default false;

	boolean destructive() default false;

	boolean idempotent() default false;

	/** Hint that the tool reaches an open world; unset ("") by default. */
	String openWorld() default "";

	String[] tags() default {};

}
