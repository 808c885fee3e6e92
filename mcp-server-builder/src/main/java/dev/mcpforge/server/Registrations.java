package dev.mcpforge.server;

import java.util.List;
import java.util.Map;

import dev.mcpforge.core.InvalidArgumentsException;
import dev.mcpforge.core.Violation;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.server.internal.RegisteredPrompt;
import dev.mcpforge.server.internal.RegisteredResource;
import dev.mcpforge.server.internal.RegisteredTemplate;
import dev.mcpforge.server.internal.RegisteredTool;
import dev.mcpforge.server.internal.ServerSettings;

/** Turns specs into registered features: generates schemas and wires binding to handlers. */
final class Registrations {

	private final ServerSettings settings;

	Registrations(ServerSettings settings) {
		this.settings = settings;
	}

	RegisteredTool tool(ToolSpec spec) {
		Map<String, Object> inputSchema = switch (spec.kind) {
			case TYPED -> settings.schemas().inputSchema(spec.argumentsType);
			case RAW -> spec.rawInputSchema;
			case NO_ARGS -> Map.of("type", "object", "properties", Map.of());
			case METHOD -> ((MethodTool) spec.handler).inputSchema();
		};
		Map<String, Object> outputSchema = spec.outputSchema != null ? spec.outputSchema
				: spec.outputType == null ? null : settings.schemas().outputSchema(spec.outputType);
		// generated schemas need no meta-schema check when the SDK registers the tool; the user's own do
		if (spec.kind != ToolSpec.Kind.RAW) {
			settings.schemaValidator().trust(inputSchema);
		}
		if (spec.outputSchema == null) {
			settings.schemaValidator().trust(outputSchema);
		}
		ToolDefinition definition = ToolDefinition.builder(spec.name)
			.title(spec.title)
			.description(spec.description)
			.inputSchema(inputSchema)
			.outputSchema(outputSchema)
			.hints(spec.hints)
			.tags(spec.tags)
			.meta(spec.meta)
			.build();
		return new RegisteredTool(definition, invoker(spec, inputSchema));
	}

	@SuppressWarnings("unchecked")
	private RegisteredTool.Invoker invoker(ToolSpec spec, Map<String, Object> inputSchema) {
		return switch (spec.kind) {
			case TYPED -> {
				ToolHandler<Object, ?> handler = (ToolHandler<Object, ?>) spec.handler;
				yield (arguments, context) -> handler.handle(
						settings.binder().bind(arguments, spec.argumentsType, inputSchema), context);
			}
			case RAW -> {
				RawToolHandler handler = (RawToolHandler) spec.handler;
				yield (arguments, context) -> {
					Map<String, Object> args = arguments == null ? Map.of() : arguments;
					// raw schemas are the user's own JSON Schema: the SDK's validator (networknt, 2020-12) checks them
					var check = settings.schemaValidator().validate(inputSchema, args);
					if (!check.valid()) {
						throw new InvalidArgumentsException(List.of(new Violation("", check.errorMessage())));
					}
					return handler.handle(args, context);
				};
			}
			case NO_ARGS -> {
				NoArgsToolHandler handler = (NoArgsToolHandler) spec.handler;
				yield (arguments, context) -> handler.handle(context);
			}
			case METHOD -> ((MethodTool) spec.handler)::invoke;
		};
	}

	RegisteredResource resource(ResourceSpec spec) {
		return new RegisteredResource(spec.definition, spec.reader);
	}

	RegisteredTemplate template(ResourceTemplateSpec spec) {
		return new RegisteredTemplate(spec.definition, spec.reader, spec.completers);
	}

	RegisteredPrompt prompt(PromptSpec spec) {
		return new RegisteredPrompt(spec.definition(), spec.renderer, spec.completers);
	}

}
