package dev.mcpforge.middleware.internal;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.McpException;
import dev.mcpforge.core.interceptor.Initialize;
import dev.mcpforge.core.interceptor.ListRequest;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.ResourceRead;
import dev.mcpforge.core.interceptor.ToolCall;

/** Helpers shared by the built-in interceptors. Not API. */
public final class Requests {

	/** {@code _meta} key of the milliseconds a refused caller should wait. */
	public static final String RETRY_AFTER_MS = "dev.mcpforge/retryAfterMs";

	/** {@code _meta} key naming the interceptor that refused a tool call. */
	public static final String REFUSED_BY = "dev.mcpforge/refusedBy";

	/** JSON-RPC code for refusals of resource reads, prompts and completions (implementation-defined range). */
	public static final int REFUSED_CODE = -32000;

	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
		.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
		.build();

	private Requests() {
	}

	/** The caller's name, or {@code anonymous}. */
	public static String principal(McpRequest request) {
		return request.context().caller().map(Principal::getName).orElse("anonymous");
	}

	/** "tool 'x'", "resource 'u'", "prompt 'p'", "completion 'c'", "list 'tools'", "initialize 'client'". */
	public static String describe(McpRequest request) {
		String kind = request instanceof ToolCall ? "tool"
				: request instanceof ResourceRead ? "resource"
						: request instanceof dev.mcpforge.core.interceptor.PromptGet ? "prompt"
								: request instanceof dev.mcpforge.core.interceptor.Completion ? "completion"
										: request instanceof ListRequest ? "list" : "initialize";
		return kind + " '" + request.target() + "'";
	}

	/**
	 * Whether the request is part of the protocol rather than a use of a feature: an
	 * {@code initialize} or a list. Rate limits and timeouts leave these alone.
	 */
	public static boolean isProtocol(McpRequest request) {
		return request instanceof Initialize || request instanceof ListRequest;
	}

	/** Whether the request only reads: a tool with {@code readOnly=true}, or a resource read. */
	public static boolean isReadOnly(McpRequest request) {
		return (request instanceof ToolCall call && Boolean.TRUE.equals(call.tool().hints().readOnly()))
				|| request instanceof ResourceRead;
	}

	/** Arguments as JSON with sorted keys at every level, so equal arguments give equal text. */
	public static Optional<String> canonicalJson(Map<String, ?> arguments) {
		try {
			return Optional.of(CANONICAL.writeValueAsString(arguments == null ? Map.of() : arguments));
		}
		catch (JsonProcessingException e) {
			return Optional.empty();
		}
	}

	/**
	 * The identity of a read-only request for caching and de-duplication: method, target,
	 * canonical arguments and scope (the principal, or "*" when shared); empty when the request
	 * is not read-only or its arguments cannot be written as JSON.
	 */
	public static Optional<RequestKey> readOnlyKey(McpRequest request, boolean perPrincipal) {
		if (!isReadOnly(request)) {
			return Optional.empty();
		}
		String scope = perPrincipal ? principal(request) : "*";
		if (request instanceof ToolCall call) {
			return canonicalJson(call.arguments()).map(args -> new RequestKey(call.method(), call.target(), args, scope));
		}
		return Optional.of(new RequestKey(request.method(), request.target(), "", scope));
	}

	/**
	 * A refusal: for a tool call an {@code isError} result with {@code message} and {@code meta};
	 * for other requests an {@link McpException} (a JSON-RPC error) with {@link #REFUSED_CODE}.
	 */
	public static McpResponse refuse(McpRequest request, String refusedBy, String message, Map<String, Object> meta) {
		if (request instanceof ToolCall) {
			Map<String, Object> all = new java.util.LinkedHashMap<>(meta);
			all.put(REFUSED_BY, refusedBy);
			return McpResponse
				.of(McpSchema.CallToolResult.builder().isError(true).addTextContent(message).meta(all).build());
		}
		throw new McpException(REFUSED_CODE, message);
	}

	/** The interceptor that refused this tool call (see {@link #refuse}), if one did. */
	public static java.util.Optional<String> refusedBy(McpResponse response) {
		if (response.result() instanceof McpSchema.CallToolResult result && result.meta() != null
				&& result.meta().get(REFUSED_BY) instanceof String name) {
			return java.util.Optional.of(name);
		}
		return java.util.Optional.empty();
	}

	/** The text of the first text content of a tool result, or "". */
	public static String firstText(McpResponse response) {
		if (response.result() instanceof McpSchema.CallToolResult result && result.content() != null) {
			return result.content()
				.stream()
				.filter(McpSchema.TextContent.class::isInstance)
				.map(c -> ((McpSchema.TextContent) c).text())
				.findFirst()
				.orElse("");
		}
		return "";
	}

	/** Rounds nanoseconds up to whole milliseconds, at least 1. */
	public static long ceilMillis(long nanos) {
		return Math.max(1, (nanos + 999_999) / 1_000_000);
	}

}
