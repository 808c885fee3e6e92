package dev.mcpforge.testing.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.ConnectedClient;
import dev.mcpforge.testing.McpTestClient;

/**
 * Runs {@code @McpServerTest} classes: builds the server under test, connects clients, injects
 * them, and closes both. Everything it starts is kept in the {@link ExtensionContext.Store} of
 * the context it belongs to (class or method) and closed explicitly in the matching after
 * callback, clients before servers.
 */
public final class McpServerExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace SERVERS = ExtensionContext.Namespace
		.create(McpServerExtension.class, "server");

	private static final String SERVER = "server";

	private static final String CLIENT = "client";

	@Override
	public void beforeAll(ExtensionContext context) {
		Class<?> testClass = context.getRequiredTestClass();
		ServerSource own = ServerSource.find(testClass);
		if (own == null && ServerSource.findNearest(testClass) == null) {
			throw ServerSource.missing(testClass);
		}
		if (own != null && own.isStatic()) {
			context.getStore(SERVERS).put(SERVER, own.get(null));
		}
		else if (own != null && context.getTestInstance().isPresent()) {
			// PER_CLASS lifecycle: the one instance exists already
			context.getStore(SERVERS).put(SERVER, own.get(context.getTestInstance().get()));
		}
		for (Field field : clientFields(testClass, true)) {
			write(field, null, client(context, field.getName()));
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (server(context) == null) {
			ServerSource source = ServerSource.findNearest(context.getRequiredTestClass());
			Object instance = context.getRequiredTestInstances()
				.findInstance(source.declaringClass())
				.orElseThrow(() -> ServerSource.missing(context.getRequiredTestClass()));
			context.getStore(SERVERS).put(SERVER, source.get(instance));
		}
		Object instance = context.getRequiredTestInstance();
		for (Field field : clientFields(instance.getClass(), false)) {
			write(field, instance, client(context, field.getName()));
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		closeOwn(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		closeOwn(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == McpTestClient.class || type == McpServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		if (parameter.getDeclaringExecutable() instanceof Constructor<?>) {
			throw new ParameterResolutionException(type.getSimpleName() + " cannot be injected into a constructor:"
					+ " the server under test is not ready before the test instance exists. Take it as a parameter"
					+ " of the test (or @BeforeEach) method instead, or a @ConnectedClient field.");
		}
		return type == McpServer.class ? requireServer(context, "McpServer") : client(context, "parameter");
	}

	private static McpTestClient client(ExtensionContext context, String what) {
		ExtensionContext.Store own = ownStore(context);
		McpTestClient client = own.get(CLIENT, McpTestClient.class);
		if (client == null) {
			client = McpTestClient.connect(requireServer(context, "McpTestClient " + what));
			own.put(CLIENT, client);
		}
		return client;
	}

	private static McpServer requireServer(ExtensionContext context, String what) {
		McpServer server = server(context);
		if (server == null) {
			throw new ParameterResolutionException("Cannot provide " + what + " for " + context.getDisplayName()
					+ ": the server under test is declared per test instance, so it exists only while each test"
					+ " runs. Make the @McpServerUnderTest field or method static, or annotate the class with"
					+ " @TestInstance(Lifecycle.PER_CLASS), to use it in @BeforeAll or a static field.");
		}
		return server;
	}

	private static McpServer server(ExtensionContext context) {
		return context.getStore(SERVERS).get(SERVER, McpServer.class);
	}

	/** A store private to this context: no fallback to the parent's client. */
	private static ExtensionContext.Store ownStore(ExtensionContext context) {
		return context.getStore(ExtensionContext.Namespace.create(McpServerExtension.class, context.getUniqueId()));
	}

	private static void closeOwn(ExtensionContext context) {
		RuntimeException failure = null;
		McpTestClient client = ownStore(context).remove(CLIENT, McpTestClient.class);
		if (client != null) {
			failure = closeQuietly(client, failure);
		}
		// only the server this context put there itself, never a parent's
		ExtensionContext.Store store = context.getStore(SERVERS);
		McpServer server = store.get(SERVER, McpServer.class);
		McpServer parent = context.getParent().map(McpServerExtension::server).orElse(null);
		if (server != null && server != parent) {
			store.remove(SERVER);
			failure = closeQuietly(server, failure);
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static RuntimeException closeQuietly(AutoCloseable resource, RuntimeException failure) {
		try {
			resource.close();
			return failure;
		}
		catch (Exception e) {
			RuntimeException wrapped = e instanceof RuntimeException r ? r : new IllegalStateException(e);
			if (failure != null) {
				failure.addSuppressed(wrapped);
				return failure;
			}
			return wrapped;
		}
	}

	private static List<Field> clientFields(Class<?> type, boolean statics) {
		return AnnotationSupport.findAnnotatedFields(type, ConnectedClient.class,
				f -> Modifier.isStatic(f.getModifiers()) == statics, HierarchyTraversalMode.TOP_DOWN);
	}

	private static void write(Field field, Object target, McpTestClient client) {
		if (field.getType() != McpTestClient.class) {
			throw new ExtensionConfigurationException("@ConnectedClient field '" + field.getName() + "' in "
					+ field.getDeclaringClass().getName() + " has type " + field.getType().getName()
					+ "; it must be a dev.mcpforge.testing.McpTestClient");
		}
		if (Modifier.isFinal(field.getModifiers())) {
			throw new ExtensionConfigurationException("@ConnectedClient field '" + field.getName() + "' in "
					+ field.getDeclaringClass().getName() + " is final; remove 'final' so the extension can inject it");
		}
		try {
			ReflectionSupport.makeAccessible(field).set(target, client);
		}
		catch (IllegalAccessException e) {
			throw new ExtensionConfigurationException("Cannot inject McpTestClient field '" + field.getName() + "'", e);
		}
	}

}
