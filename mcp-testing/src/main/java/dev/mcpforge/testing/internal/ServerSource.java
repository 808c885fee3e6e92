package dev.mcpforge.testing.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpServerUnderTest;

/** Where a test class declares its server under test: one annotated field or method. */
record ServerSource(Class<?> testClass, Member member) {

	boolean isStatic() {
		return Modifier.isStatic(member.getModifiers());
	}

	Class<?> declaringClass() {
		return member.getDeclaringClass();
	}

	String describe() {
		return (member instanceof Method ? "method '" + member.getName() + "()'" : "field '" + member.getName() + "'")
				+ " in " + testClass.getName();
	}

	/** Reads the field or calls the method; {@code target} is null for a static member. */
	McpServer get(Object target) {
		Object value;
		if (member instanceof Field field) {
			value = ReflectionSupport.tryToReadFieldValue(field, target)
				.getOrThrow(e -> new ExtensionConfigurationException("Cannot read @McpServerUnderTest " + describe(), e));
		}
		else {
			value = ReflectionSupport.invokeMethod((Method) member, target);
		}
		if (value == null) {
			throw new ExtensionConfigurationException("@McpServerUnderTest " + describe()
					+ (member instanceof Field ? " is null when the test starts; initialise it where it is declared"
							+ " (or in the constructor, for an instance field)" : " returned null; return the server to test"));
		}
		return (McpServer) value;
	}

	/** The source declared by {@code testClass} or its superclasses, or null. */
	static ServerSource find(Class<?> testClass) {
		List<Member> members = new ArrayList<>(
				AnnotationSupport.findAnnotatedFields(testClass, McpServerUnderTest.class));
		members.addAll(AnnotationSupport.findAnnotatedMethods(testClass, McpServerUnderTest.class,
				HierarchyTraversalMode.TOP_DOWN));
		if (members.isEmpty()) {
			return null;
		}
		if (members.size() > 1) {
			throw new ExtensionConfigurationException("@McpServerTest supports one server under test per class, but "
					+ testClass.getName() + " declares " + members.size() + ": "
					+ members.stream().map(m -> new ServerSource(testClass, m).describe().replace(" in " + testClass.getName(), "")).toList()
					+ ". Keep one, and connect to another yourself with McpTestClient.connect(server).");
		}
		ServerSource source = new ServerSource(testClass, members.get(0));
		source.check();
		return source;
	}

	/** The source of {@code testClass}, or else of the nearest enclosing class ({@code @Nested}). */
	static ServerSource findNearest(Class<?> testClass) {
		for (Class<?> c = testClass; c != null; c = Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass()) {
			ServerSource source = find(c);
			if (source != null) {
				return source;
			}
		}
		return null;
	}

	static ExtensionConfigurationException missing(Class<?> testClass) {
		return new ExtensionConfigurationException("@McpServerTest found no server under test in "
				+ testClass.getName() + ": annotate a field of type McpServer, or a method without parameters"
				+ " returning McpServer, with @McpServerUnderTest (static for one server per class, instance for one"
				+ " per test).");
	}

	private void check() {
		if (member instanceof Field field && !McpServer.class.isAssignableFrom(field.getType())) {
			throw new ExtensionConfigurationException("@McpServerUnderTest " + describe() + " has type "
					+ field.getType().getName() + "; it must be a dev.mcpforge.server.McpServer");
		}
		if (member instanceof Method method) {
			if (method.getParameterCount() > 0) {
				throw new ExtensionConfigurationException("@McpServerUnderTest " + describe()
						+ " takes parameters; it must take none");
			}
			if (!McpServer.class.isAssignableFrom(method.getReturnType())) {
				throw new ExtensionConfigurationException("@McpServerUnderTest " + describe() + " returns "
						+ method.getReturnType().getName() + "; it must return a dev.mcpforge.server.McpServer");
			}
		}
	}

}
