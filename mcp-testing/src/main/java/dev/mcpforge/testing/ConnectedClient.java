package dev.mcpforge.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link McpTestClient} in a {@link McpServerTest} class for the
 * extension to fill with a connected client: an instance field gets a fresh client before each
 * test, a static field one client for the whole class (which needs a per-class server).
 *
 * <pre>{@code
 * @ConnectedClient
 * McpTestClient client;
 * }</pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConnectedClient {

}
