package dev.mcpforge.server;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.mcpforge.core.ToolHints;

/**
 * A tool to serve: its name, how its arguments bind, its handler and what clients are told
 * about it. Immutable: every modifier returns a new spec, so specs can be shared and reused.
 *
 * <pre>{@code
 * ToolSpec weather = ToolSpec.of("get_weather", WeatherArgs.class, (args, ctx) -> forecast(args.city()))
 *     .description("Current weather for a city")
 *     .output(Forecast.class)
 *     .readOnly();
 * }</pre>
 */
public final class ToolSpec {

	/** How the arguments reach the handler. */
	enum Kind {

		TYPED, RAW, NO_ARGS, METHOD

	}

	final String name;

	final Kind kind;

	final Type argumentsType;

	final Map<String, Object> rawInputSchema;

	final Object handler;

	final Type outputType;

	final Map<String, Object> outputSchema;

	final String title;

	final String description;

	final ToolHints hints;

	final Set<String> tags;

	final Map<String, Object> meta;

	private ToolSpec(String name, Kind kind, Type argumentsType, Map<String, Object> rawInputSchema, Object handler,
			Type outputType, Map<String, Object> outputSchema, String title, String description, ToolHints hints,
			Set<String> tags, Map<String, Object> meta) {
		this.name = name;
		this.kind = kind;
		this.argumentsType = argumentsType;
		this.rawInputSchema = rawInputSchema;
		this.handler = handler;
		this.outputType = outputType;
		this.outputSchema = outputSchema;
		this.title = title;
		this.description = description;
		this.hints = hints;
		this.tags = tags;
		this.meta = meta;
	}

	/** A tool whose arguments bind to {@code argumentsType} (a record, usually) and are validated. */
	public static <A> ToolSpec of(String name, Class<A> argumentsType, ToolHandler<? super A, ?> handler) {
		Objects.requireNonNull(argumentsType, "argumentsType");
		return new ToolSpec(name, Kind.TYPED, argumentsType, null, requireHandler(name, handler), null, null, null,
				null, ToolHints.NONE, Set.of(), Map.of());
	}

	/** A tool that takes no arguments. */
	public static ToolSpec of(String name, NoArgsToolHandler handler) {
		return new ToolSpec(name, Kind.NO_ARGS, null, null, requireHandler(name, handler), null, null, null, null,
				ToolHints.NONE, Set.of(), Map.of());
	}

	/**
	 * A tool with a hand-written JSON Schema; the handler gets the arguments as a map. For
	 * schemas no Java type can express, or tools generated from another description.
	 */
	public static ToolSpec raw(String name, Map<String, Object> inputSchema, RawToolHandler handler) {
		Objects.requireNonNull(inputSchema, "inputSchema");
		return new ToolSpec(name, Kind.RAW, null, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema)), requireHandler(name, handler), null, null,
				null, null, ToolHints.NONE, Set.of(), Map.of());
	}

	static ToolSpec method(String name, Object methodTool, Type returnType) {
		return new ToolSpec(name, Kind.METHOD, null, null, methodTool, returnType, null, null, null, ToolHints.NONE,
				Set.of(), Map.of());
	}

	public String name() {
		return name;
	}

	/** What the tool does, for the model. Required. */
	public ToolSpec description(String text) {
		return copy(title, text, hints, tags, meta, outputType, outputSchema);
	}

	/** A human-readable name for UIs. */
	public ToolSpec title(String text) {
		return copy(text, description, hints, tags, meta, outputType, outputSchema);
	}

	/**
	 * Declares the type the handler returns so clients get an {@code outputSchema} and results
	 * carry {@code structuredContent}. Annotated methods get this from their return type.
	 */
	public ToolSpec output(Type resultType) {
		return copy(title, description, hints, tags, meta, Objects.requireNonNull(resultType, "resultType"), null);
	}

	/** Declares a hand-written output schema. */
	public ToolSpec outputSchema(Map<String, Object> schema) {
		return copy(title, description, hints, tags, meta, null,
				java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schema)));
	}

	/** Hint: the tool changes nothing. */
	public ToolSpec readOnly() {
		return copy(title, description, hints.withReadOnly(true), tags, meta, outputType, outputSchema);
	}

	/** Hint: the tool may destroy or overwrite data. */
	public ToolSpec destructive() {
		return copy(title, description, hints.withReadOnly(false).withDestructive(true), tags, meta, outputType,
				outputSchema);
	}

	/** Hint: repeating a call with the same arguments has no further effect. */
	public ToolSpec idempotent() {
		return copy(title, description, hints.withIdempotent(true), tags, meta, outputType, outputSchema);
	}

	/** Hint: the tool talks to the outside world (or {@code false}: a closed, local domain). */
	public ToolSpec openWorld(boolean value) {
		return copy(title, description, hints.withOpenWorld(value), tags, meta, outputType, outputSchema);
	}

	/** Replaces all hints. */
	public ToolSpec hints(ToolHints newHints) {
		return copy(title, description, Objects.requireNonNull(newHints, "hints"), tags, meta, outputType,
				outputSchema);
	}

	/** Adds labels used by policies and filters. */
	public ToolSpec tags(String... labels) {
		Set<String> all = new LinkedHashSet<>(tags);
		all.addAll(List.of(labels));
		return copy(title, description, hints, Set.copyOf(all), meta, outputType, outputSchema);
	}

	/** Adds an entry to the tool's {@code _meta}. */
	public ToolSpec meta(String key, Object value) {
		Map<String, Object> all = new LinkedHashMap<>(meta);
		all.put(key, value);
		return copy(title, description, hints, tags, Map.copyOf(all), outputType, outputSchema);
	}

	@Override
	public String toString() {
		return "ToolSpec[" + name + "]";
	}

	private ToolSpec copy(String newTitle, String newDescription, ToolHints newHints, Set<String> newTags,
			Map<String, Object> newMeta, Type newOutputType, Map<String, Object> newOutputSchema) {
		return new ToolSpec(name, kind, argumentsType, rawInputSchema, handler, newOutputType, newOutputSchema,
				newTitle, newDescription, newHints, newTags, newMeta);
	}

	private static <H> H requireHandler(String name, H handler) {
		Objects.requireNonNull(name, "name");
		return Objects.requireNonNull(handler, () -> "tool '" + name + "' needs a handler");
	}

}
