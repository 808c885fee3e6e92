package dev.mcpforge.adapters.stateset.internal.tools;

import dev.mcpforge.server.ToolSpec;
import java.util.function.Function;

/** Tools whose handler is code (several calls, or none) rather than one catalogue row; named and annotated alike. */
final class Composite {

	private Composite() {
	}

	static <A> ToolSpec spec(String name, Class<A> argumentsType, Function<A, Object> handler, String description) {
		return ToolSpec.of(name, argumentsType, (args, ctx) -> handler.apply(args))
				.description(description).hints(ToolKind.of(name).hints());
	}
}
