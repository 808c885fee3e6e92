package dev.mcpforge.testing;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

import dev.mcpforge.server.McpServer;

/**
 * The extension's lifecycles and its error messages. Fixture classes are run through the
 * JUnit engine test kit, so their outcome (and what was built and closed) can be checked.
 */
class McpServerExtensionTest {

	static final List<Object> seen = new CopyOnWriteArrayList<>();

	@BeforeEach
	void reset() {
		TrackedServer.reset();
		seen.clear();
	}

	private static Events run(Class<?> fixture) {
		var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
		results.allEvents().failed().stream().forEach(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
			.flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
			.ifPresent(t -> org.slf4j.LoggerFactory.getLogger(McpServerExtensionTest.class).warn("fixture failure", t)));
		return results.testEvents();
	}

	// ---- lifecycles ----

	@McpServerTest
	static class StaticServer {

		@McpServerUnderTest
		static McpServer server = TrackedServer.create();

		@Test
		void first(McpTestClient client, McpServer injected) {
			seen.add(injected);
			seen.add(client);
			assertThat(client.callTool("ping")).hasText("pong");
		}

		@Test
		void second(McpTestClient client, McpServer injected) {
			seen.add(injected);
			seen.add(client);
			// a fresh session per test: the first test's log is not here
			assertThat(client.notifications().logs()).isEmpty();
		}

	}

	@Test
	void staticServerIsSharedByTheClassAndClientsArePerTest() {
		run(StaticServer.class).assertStatistics(s -> s.succeeded(2).failed(0));
		assertThat(seen.get(0)).isSameAs(seen.get(2));
		assertThat(seen.get(1)).isNotSameAs(seen.get(3));
		assertThat(TrackedServer.closed).hasValue(1);
	}

	@McpServerTest
	static class InstanceServer {

		@McpServerUnderTest
		McpServer server = TrackedServer.create();

		@ConnectedClient
		McpTestClient client;

		@Test
		void first() {
			seen.add(client);
			assertThat(client.callTool("ping")).isSuccess();
		}

		@Test
		void second() {
			seen.add(client);
			assertThat(client.callTool("ping")).isSuccess();
		}

	}

	@Test
	void instanceServerIsPerTestAndFieldsAreInjected() {
		run(InstanceServer.class).assertStatistics(s -> s.succeeded(2));
		assertThat(seen).hasSize(2).doesNotContainNull();
		assertThat(seen.get(0)).isNotSameAs(seen.get(1));
		assertThat(TrackedServer.created).hasValue(2);
		assertThat(TrackedServer.closed).hasValue(2);
	}

	@McpServerTest
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	static class PerClassInstance {

		@McpServerUnderTest
		McpServer server() {
			return TrackedServer.create();
		}

		McpTestClient classClient;

		@BeforeAll
		void warmUp(McpTestClient injected) {
			classClient = injected;
			classClient.callTool("ping");
		}

		@Test
		void usesItsOwnClient(McpTestClient client) {
			seen.add(classClient);
			seen.add(client);
			assertThat(classClient.notifications()).hasLog(LoggingLevel.INFO, "pinged");
			// the test's own client is another session: the @BeforeAll call's log is not there
			assertThat(client.notifications()).hasNoLogs();
		}

	}

	@Test
	void perClassLifecycleBuildsOneServerAndAllowsBeforeAllInjection() {
		run(PerClassInstance.class).assertStatistics(s -> s.succeeded(1).failed(0));
		assertThat(seen).hasSize(2);
		assertThat(seen.get(0)).isNotSameAs(seen.get(1));
		assertThat(TrackedServer.created).hasValue(1);
		assertThat(TrackedServer.closed).hasValue(1);
	}

	@McpServerTest
	static class Outer {

		@McpServerUnderTest
		static McpServer server = TrackedServer.create();

		@ConnectedClient
		static McpTestClient classClient;

		@AfterAll
		static void record() {
			seen.add(classClient);
		}

		@Nested
		class Inner {

			@Test
			void usesTheOuterServer(McpServer injected) {
				seen.add(injected);
				assertThat(classClient.callTool("ping")).hasText("pong");
			}

		}

	}

	@Test
	void nestedClassesUseTheEnclosingServerAndStaticFieldsGetAClassClient() {
		run(Outer.class).assertStatistics(s -> s.succeeded(1));
		assertThat(seen).hasSize(2).doesNotContainNull();
		assertThat(TrackedServer.created).hasValue(1);
		assertThat(TrackedServer.closed).hasValue(1);
	}

	// ---- configuration errors ----

	@McpServerTest
	static class NoServer {

		@Test
		void test(McpTestClient client) {
		}

	}

	@McpServerTest
	static class TwoServers {

		@McpServerUnderTest
		static McpServer a = TrackedServer.create();

		@McpServerUnderTest
		static McpServer b() {
			return TrackedServer.create();
		}

		@Test
		void test() {
		}

	}

	@McpServerTest
	static class WrongType {

		@McpServerUnderTest
		static String server = "not a server";

		@Test
		void test() {
		}

	}

	@McpServerTest
	static class ConstructorInjection {

		@McpServerUnderTest
		static McpServer server = TrackedServer.create();

		ConstructorInjection(McpTestClient client) {
		}

		@Test
		void test() {
		}

	}

	@McpServerTest
	static class BeforeAllWithInstanceServer {

		@McpServerUnderTest
		McpServer server = TrackedServer.create();

		@BeforeAll
		static void setUp(McpTestClient client) {
		}

		@Test
		void test() {
		}

	}

	@Test
	void missingServerSaysWhatToDeclare() {
		failsWith(NoServer.class, "@McpServerTest found no server under test in " + NoServer.class.getName()
				+ ": annotate a field of type McpServer, or a method without parameters returning McpServer, with"
				+ " @McpServerUnderTest (static for one server per class, instance for one per test).");
	}

	@Test
	void twoServersAreRefused() {
		failsWith(TwoServers.class, "@McpServerTest supports one server under test per class, but "
				+ TwoServers.class.getName() + " declares 2: [field 'a', method 'b()']. Keep one, and connect to"
				+ " another yourself with McpTestClient.connect(server).");
	}

	@Test
	void wrongTypeIsNamed() {
		failsWith(WrongType.class, "@McpServerUnderTest field 'server' in " + WrongType.class.getName()
				+ " has type java.lang.String; it must be a dev.mcpforge.server.McpServer");
	}

	@Test
	void constructorInjectionSaysWhereToTakeTheClient() {
		failsWith(ConstructorInjection.class, "McpTestClient cannot be injected into a constructor: the server under"
				+ " test is not ready before the test instance exists. Take it as a parameter of the test (or"
				+ " @BeforeEach) method instead, or a @ConnectedClient field.");
	}

	@Test
	void beforeAllNeedsAPerClassServer() {
		failsWith(BeforeAllWithInstanceServer.class, "Cannot provide McpTestClient parameter for "
				+ "McpServerExtensionTest$BeforeAllWithInstanceServer: the server under test is declared per test instance, so it exists only"
				+ " while each test runs. Make the @McpServerUnderTest field or method static, or annotate the class"
				+ " with @TestInstance(Lifecycle.PER_CLASS), to use it in @BeforeAll or a static field.");
	}

	private static void failsWith(Class<?> fixture, String expected) {
		var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
		var failures = results.allEvents().failed().stream()
			.map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
				.flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
				.map(Throwable::getMessage)
				.orElse(""))
			.toList();
		assertThat(failures).as("failure messages of %s", fixture.getSimpleName()).contains(expected);
	}

}
