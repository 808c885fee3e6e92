package dev.mcpforge.server;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * What a handler can do and know while serving one request: talk back to the client (logs,
 * progress, sampling, elicitation), notice cancellation, and see who called through which
 * transport. One instance per request; do not keep it beyond the handler's return.
 *
 * <p>Over stateless HTTP there is no channel back to the client: logging and progress are
 * dropped silently, sampling and elicitation throw {@link dev.mcpforge.core.McpException}.
 */
public interface McpContext {

	// ---- talking back ----

	/** Sends a log message to the client (honours the level the client set). */
	void log(McpSchema.LoggingLevel level, String message);

	default void debug(String message) {
		log(McpSchema.LoggingLevel.DEBUG, message);
	}

	default void info(String message) {
		log(McpSchema.LoggingLevel.INFO, message);
	}

	default void warning(String message) {
		log(McpSchema.LoggingLevel.WARNING, message);
	}

	default void error(String message) {
		log(McpSchema.LoggingLevel.ERROR, message);
	}

	/**
	 * Reports progress when the client asked for it (sent a progress token); a no-op otherwise.
	 * @param progress work done so far; must increase between calls
	 * @param total total work, or {@code null} if unknown
	 * @param message what is happening, or {@code null}
	 */
	void progress(double progress, Double total, String message);

	/** Asks the client's LLM to answer {@code prompt} and returns the text it produced. */
	String sample(String prompt, int maxTokens);

	/** Sends a full sampling request to the client. */
	McpSchema.CreateMessageResult sample(McpSchema.CreateMessageRequest request);

	/**
	 * Asks the user for input through the client (form elicitation).
	 * @param requestedSchema flat object schema of the fields to ask for
	 */
	McpSchema.ElicitResult elicit(String message, Map<String, Object> requestedSchema);

	/**
	 * Asks the user to fill in a record: the form's schema is generated from {@code type} and
	 * an accepted answer is bound to it.
	 */
	<T> Elicitation<T> elicit(String message, Class<T> type);

	/**
	 * The roots the client offers (directories or other URIs it lets the server work in), asked
	 * for now ({@code roots/list}).
	 * @throws dev.mcpforge.core.McpException when the client declared no {@code roots} capability
	 */
	java.util.List<McpSchema.Root> roots();

	// ---- cancellation ----

	/** Whether the client cancelled this request or went away. */
	boolean isCancelled();

	/** @throws dev.mcpforge.core.McpException if the request was cancelled */
	void throwIfCancelled();

	// ---- who and how ----

	/** The authenticated caller, when the transport or an interceptor established one. */
	Optional<Principal> principal();

	/** HTTP request headers by lower-case name; empty for stdio and in-memory. */
	Map<String, List<String>> headers();

	/** The first value of a request header, case-insensitive. */
	default Optional<String> header(String name) {
		List<String> values = headers().get(name.toLowerCase(java.util.Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	/** A raw transport attribute (see the transport docs for the keys). */
	Optional<Object> attribute(String key);

	/** "stdio", "http", "http-stateless" or "in-memory". */
	String transport();

	/** The MCP session id, or {@code null} where there is none (stateless HTTP). */
	String sessionId();

	/** What the client said about itself at {@code initialize}, when known. */
	Optional<McpSchema.Implementation> clientInfo();

	/** The capabilities the client declared, when known. */
	Optional<McpSchema.ClientCapabilities> clientCapabilities();

	/**
	 * The outcome of an elicitation bound to a record.
	 *
	 * @param action what the user did
	 * @param value the bound answer when accepted
	 */
	record Elicitation<T>(McpSchema.ElicitResult.Action action, Optional<T> value) {

		public boolean accepted() {
			return action == McpSchema.ElicitResult.Action.ACCEPT && value.isPresent();
		}

	}

}
