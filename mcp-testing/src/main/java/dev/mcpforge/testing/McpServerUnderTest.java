package dev.mcpforge.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the server a {@link McpServerTest} class tests: a field of type
 * {@code dev.mcpforge.server.McpServer}, or a method without parameters returning one. Static
 * for one server per class; instance for one per test instance. One per class.
 *
 * <pre>{@code
 * @McpServerUnderTest
 * static McpServer server() {
 *     return ConformanceServer.create();
 * }
 * }</pre>
 */
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface McpServerUnderTest {

}
