package dev.mcpforge.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import dev.mcpforge.testing.internal.McpServerExtension;

/**
 * Tests an MCP server end to end, in memory. Declare the server with
 * {@link McpServerUnderTest}; take a connected {@link McpTestClient} (or the {@code McpServer}
 * itself) as a parameter of a test, {@code @BeforeEach} or {@code @AfterEach} method, or in a
 * field marked {@link ConnectedClient}.
 *
 * <pre>{@code
 * @McpServerTest
 * class CalculatorTest {
 *
 *     @McpServerUnderTest
 *     static McpServer server = McpServer.builder().name("calc")
 *         .tool("add", "Adds two numbers", AddArgs.class, (args, ctx) -> args.a() + args.b())
 *         .build();
 *
 *     @Test
 *     void adds(McpTestClient client) {
 *         assertThat(client.callTool("add", Map.of("a", 2, "b", 40))).isSuccess().hasText("42");
 *     }
 * }
 * }</pre>
 *
 * <h2>Lifecycles</h2>
 * <ul>
 * <li>A <b>static</b> server field or method gives one server per test class, built before
 * the first test and closed after the last.</li>
 * <li>An <b>instance</b> field or method gives one server per test instance: per test method
 * by default, per class under {@code @TestInstance(Lifecycle.PER_CLASS)}.</li>
 * <li>Clients are per test method by default: each test gets a fresh session, so the
 * notifications it sees are its own. A client injected into {@code @BeforeAll} or a static
 * {@link ConnectedClient} field lives for the whole class (and needs a per-class server).</li>
 * </ul>
 * The extension closes every client and server it started, clients first. {@code @Nested}
 * classes use the enclosing class's server unless they declare their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(McpServerExtension.class)
public @interface McpServerTest {

}
