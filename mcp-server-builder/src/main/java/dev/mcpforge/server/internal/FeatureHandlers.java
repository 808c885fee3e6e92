package dev.mcpforge.server.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.McpException;
import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.interceptor.Completion;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.PromptGet;
import dev.mcpforge.core.interceptor.ResourceRead;
import dev.mcpforge.core.interceptor.ToolCall;
import dev.mcpforge.core.security.UnknownFeatureException;
import dev.mcpforge.server.Completer;
import dev.mcpforge.server.McpContext;
import dev.mcpforge.server.PromptArguments;
import dev.mcpforge.server.ResourceRequest;

/**
 * Runs user handlers for every MCP operation and maps what they return or throw to protocol
 * results, the same way for every transport. Unexpected exceptions never reach a client: they
 * are logged with a correlation id that the client sees instead.
 */
public final class FeatureHandlers {

	private static final Logger log = LoggerFactory.getLogger(FeatureHandlers.class);

	private static final int MAX_COMPLETIONS = 100;

	private final ServerSettings settings;

	public FeatureHandlers(ServerSettings settings) {
		this.settings = settings;
	}

	public McpSchema.CallToolResult callTool(RegisteredTool tool, McpSchema.CallToolRequest request,
			McpContext context) {
		InterceptorChain chain = settings.chain();
		if (chain.isEmpty()) {
			return invokeTool(tool, request.arguments(), context);
		}
		try {
			ToolCall call = new ToolCall(tool.definition(), request.arguments(), InterceptedContext.callContext(context));
			return chain.execute(call, next -> {
				ToolCall last = (ToolCall) next;
				return McpResponse.of(invokeTool(tool, last.arguments(), new InterceptedContext(context, last.context())));
			}).result(McpSchema.CallToolResult.class);
		}
		catch (UnknownFeatureException hidden) {
			throw unknown(hidden);
		}
		catch (Throwable error) {
			return settings.results().failure(unwrap(error), tool.name());
		}
	}

	// handler failures become results here, so interceptors see them as isError responses
	private McpSchema.CallToolResult invokeTool(RegisteredTool tool, Map<String, Object> arguments, McpContext context) {
		try {
			return settings.results().success(tool.invoker().invoke(arguments, context));
		}
		catch (Throwable error) {
			return settings.results().failure(unwrap(error), tool.name());
		}
	}

	public McpSchema.ReadResourceResult readResource(RegisteredResource resource, McpSchema.ReadResourceRequest request,
			McpContext context) {
		String uri = request.uri();
		return intercepted("resource " + uri,
				() -> new ResourceRead(uri, resource.definition(), null, InterceptedContext.callContext(context)),
				context, McpSchema.ReadResourceResult.class, ctx -> contents(uri, resource.definition().mimeType(),
						resource.reader().read(new ResourceRequest(uri, Map.of()), ctx)));
	}

	public McpSchema.ReadResourceResult readTemplate(RegisteredTemplate template, McpSchema.ReadResourceRequest request,
			McpContext context) {
		String uri = request.uri();
		Map<String, String> variables = template.uriTemplateManager().extractVariableValues(uri);
		return intercepted("resource " + uri,
				() -> new ResourceRead(uri, null, template.definition(), InterceptedContext.callContext(context)), context,
				McpSchema.ReadResourceResult.class, ctx -> contents(uri, template.definition().mimeType(),
						template.reader().read(new ResourceRequest(uri, variables), ctx)));
	}

	public McpSchema.GetPromptResult getPrompt(RegisteredPrompt prompt, McpSchema.GetPromptRequest request,
			McpContext context) {
		PromptDefinition definition = prompt.definition();
		Map<String, String> values = new java.util.LinkedHashMap<>();
		if (request.arguments() != null) {
			request.arguments().forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
		}
		return intercepted("prompt " + definition.name(),
				() -> new PromptGet(definition, values, InterceptedContext.callContext(context)), context,
				McpSchema.GetPromptResult.class, ctx -> render(prompt, values, ctx));
	}

	private McpSchema.GetPromptResult render(RegisteredPrompt prompt, Map<String, String> values, McpContext context)
			throws Exception {
		PromptDefinition definition = prompt.definition();
		List<String> missing = definition.arguments()
			.stream()
			.filter(a -> a.required() && (values.get(a.name()) == null))
			.map(PromptDefinition.Argument::name)
			.toList();
		if (!missing.isEmpty()) {
			throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
				.message("Prompt '" + definition.name() + "' is missing required arguments: " + missing)
				.build();
		}
		return messages(definition.description(), prompt.renderer().render(new PromptArguments(values), context));
	}

	/** Completes an argument of a prompt, looked up at call time so a replaced prompt keeps completing. */
	public McpSchema.CompleteResult completePrompt(Features features, String name, McpSchema.CompleteRequest request,
			McpContext context) {
		RegisteredPrompt current = features.prompt(name);
		return complete(current == null ? Map.of() : current.completers(), request, name,
				current == null ? null : current.definition(), null, context);
	}

	/** Completes a variable of a resource template, looked up at call time. */
	public McpSchema.CompleteResult completeTemplate(Features features, String uriTemplate,
			McpSchema.CompleteRequest request, McpContext context) {
		RegisteredTemplate current = features.template(uriTemplate);
		return complete(current == null ? Map.of() : current.completers(), request, uriTemplate, null,
				current == null ? null : current.definition(), context);
	}

	private McpSchema.CompleteResult complete(Map<String, Completer> completers, McpSchema.CompleteRequest request,
			String reference, PromptDefinition prompt, ResourceTemplateDefinition template, McpContext context) {
		String prefix = request.argument().value() == null ? "" : request.argument().value();
		return intercepted("completion of " + reference + "#" + request.argument().name(),
				() -> new Completion(reference, prompt, template, request.argument().name(), prefix,
						InterceptedContext.callContext(context)),
				context, McpSchema.CompleteResult.class,
				ctx -> complete(completers.get(request.argument().name()), request, prefix));
	}

	private McpSchema.CompleteResult complete(Completer completer, McpSchema.CompleteRequest request, String prefix)
			throws Exception {
		if (completer == null) {
			return new McpSchema.CompleteResult(new McpSchema.CompleteResult.CompleteCompletion(List.of(), 0, false));
		}
		Map<String, String> resolved = request.context() == null || request.context().arguments() == null ? Map.of()
				: request.context().arguments();
		List<String> values = completer.complete(prefix, resolved);
		List<String> all = values == null ? List.of() : values;
		List<String> shown = all.size() > MAX_COMPLETIONS ? all.subList(0, MAX_COMPLETIONS) : all;
		return new McpSchema.CompleteResult(
				new McpSchema.CompleteResult.CompleteCompletion(List.copyOf(shown), all.size(), all.size() > shown.size()));
	}

	private McpSchema.ReadResourceResult contents(String uri, String mimeType, Object value) {
		if (value instanceof McpSchema.ReadResourceResult result) {
			return result;
		}
		if (value instanceof McpSchema.ResourceContents single) {
			return new McpSchema.ReadResourceResult(List.of(single));
		}
		if (value instanceof Collection<?> many && many.stream().allMatch(McpSchema.ResourceContents.class::isInstance)) {
			return new McpSchema.ReadResourceResult(many.stream().map(McpSchema.ResourceContents.class::cast).toList());
		}
		if (value instanceof byte[] bytes) {
			return new McpSchema.ReadResourceResult(List.of(new McpSchema.BlobResourceContents(uri,
					mimeType == null ? "application/octet-stream" : mimeType, Base64.getEncoder().encodeToString(bytes))));
		}
		if (value instanceof CharSequence text) {
			return new McpSchema.ReadResourceResult(
					List.of(new McpSchema.TextResourceContents(uri, mimeType == null ? "text/plain" : mimeType, text.toString())));
		}
		try {
			String json = settings.mapper().writeValueAsString(value);
			return new McpSchema.ReadResourceResult(List.of(
					new McpSchema.TextResourceContents(uri, mimeType == null ? "application/json" : mimeType, json)));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw internal("resource " + uri, e);
		}
	}

	private static McpSchema.GetPromptResult messages(String description, Object value) {
		if (value instanceof McpSchema.GetPromptResult result) {
			return result;
		}
		List<McpSchema.PromptMessage> messages = new ArrayList<>();
		if (value instanceof CharSequence text) {
			messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text.toString())));
		}
		else if (value instanceof McpSchema.PromptMessage message) {
			messages.add(message);
		}
		else if (value instanceof McpSchema.Content content) {
			messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, content));
		}
		else if (value instanceof Collection<?> many) {
			for (Object item : many) {
				if (item instanceof McpSchema.PromptMessage message) {
					messages.add(message);
				}
				else if (item instanceof McpSchema.Content content) {
					messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, content));
				}
				else {
					messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER,
							new McpSchema.TextContent(String.valueOf(item))));
				}
			}
		}
		else if (value != null) {
			messages.add(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(value.toString())));
		}
		return new McpSchema.GetPromptResult(description, messages);
	}

	@FunctionalInterface
	private interface Work<T> {

		T run(McpContext context) throws Exception;

	}

	/**
	 * Runs {@code work} behind the interceptors; failures become protocol errors without internals.
	 * The request is only built when there are interceptors to see it.
	 */
	private <T> T intercepted(String what, java.util.function.Supplier<McpRequest> request, McpContext context,
			Class<T> resultType, Work<T> work) {
		InterceptorChain chain = settings.chain();
		return guarded(what, () -> chain.isEmpty() ? work.run(context)
				: chain.execute(request.get(),
						next -> McpResponse.of(work.run(new InterceptedContext(context, next.context()))))
					.result(resultType));
	}

	/**
	 * Runs an {@code initialize} or list request through the interceptors to {@code handler};
	 * failures become protocol errors as for every other request.
	 */
	public McpResponse protocol(McpRequest request, InterceptorChain.Handler handler) {
		return guarded(request.method(), () -> settings.chain().execute(request, handler));
	}

	private static <T> T guarded(String what, java.util.concurrent.Callable<T> work) {
		try {
			return work.call();
		}
		catch (McpError error) {
			throw error;
		}
		catch (UnknownFeatureException hidden) {
			throw unknown(hidden);
		}
		catch (McpException known) {
			throw McpError.builder(known.code()).message(known.getMessage()).build();
		}
		catch (Throwable error) {
			throw internal(what, unwrap(error));
		}
	}

	// hidden by the access policy: answered exactly as the SDK answers an unknown tool, resource or prompt
	private static McpError unknown(UnknownFeatureException hidden) {
		return McpError.builder(hidden.code()).message(hidden.getMessage()).data(hidden.data()).build();
	}

	private static McpError internal(String what, Throwable error) {
		String correlationId = UUID.randomUUID().toString().substring(0, 8);
		log.error("Handler for {} failed unexpectedly [correlationId={}]", what, correlationId, error);
		return McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
			.message("Internal error (correlation id " + correlationId + "); the server log has the details")
			.build();
	}

	private static Throwable unwrap(Throwable error) {
		if (error instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null) {
			return ite.getCause();
		}
		return error;
	}

}
