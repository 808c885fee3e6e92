package dev.mcpforge.server;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.binding.ArgumentBinder;
import dev.mcpforge.core.schema.JsonSchemas;

/** Finds the {@link Tool} methods of a bean and turns each into a {@link ToolSpec}. */
final class AnnotatedTools {

	private AnnotatedTools() {
	}

	static List<ToolSpec> scan(Object bean, JsonSchemas schemas, ArgumentBinder binder) {
		List<ToolSpec> specs = new ArrayList<>();
		Method[] methods = bean.getClass().getDeclaredMethods();
		Arrays.sort(methods, Comparator.comparing(Method::getName));
		for (Method method : methods) {
			Tool tool = method.getAnnotation(Tool.class);
			if (tool == null) {
				continue;
			}
			if (Modifier.isStatic(method.getModifiers())) {
				throw new IllegalArgumentException("@Tool method " + where(method) + " must not be static");
			}
			specs.add(spec(bean, method, tool, schemas, binder));
		}
		if (specs.isEmpty()) {
			throw new IllegalArgumentException(bean.getClass().getName()
					+ " has no @Tool methods; annotate methods with @dev.mcpforge.server.Tool");
		}
		return specs;
	}

	private static ToolSpec spec(Object bean, Method method, Tool tool, JsonSchemas schemas, ArgumentBinder binder) {
		String name = tool.name().isEmpty() ? method.getName() : tool.name();
		Description described = method.getAnnotation(Description.class);
		String description = !tool.description().isEmpty() ? tool.description()
				: described != null ? described.value() : null;
		ToolSpec spec = ToolSpec.method(name, new MethodTool(bean, method, schemas, binder), method.getGenericReturnType())
			.description(description);
		if (!tool.title().isEmpty()) {
			spec = spec.title(tool.title());
		}
		if (tool.readOnly()) {
			spec = spec.readOnly();
		}
		if (tool.destructive()) {
			spec = spec.destructive();
		}
		if (tool.idempotent()) {
			spec = spec.idempotent();
		}
		if (!tool.openWorld().isEmpty()) {
			spec = spec.openWorld(Boolean.parseBoolean(tool.openWorld()));
		}
		if (tool.tags().length > 0) {
			spec = spec.tags(tool.tags());
		}
		return spec;
	}

	private static String where(Method method) {
		return method.getDeclaringClass().getSimpleName() + "." + method.getName();
	}

}
