package dev.mcpforge.testing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

import dev.mcpforge.core.McpException;
import dev.mcpforge.server.McpContext;
import dev.mcpforge.testing.internal.ElicitationBinding;

/**
 * A {@link McpContext} for unit-testing one handler without a server: it records logs and
 * progress, answers sampling and elicitation from a script, and lets you set who is calling
 * and how. Not thread-safe for setup; recording is.
 *
 * <pre>{@code
 * var ctx = new MockMcpContext().onSample(prompt -> "sunny");
 * String answer = handler.handle(new WeatherArgs("Oslo"), ctx);
 * assertThat(answer).isEqualTo("Oslo: sunny");
 * assertThat(ctx.notifications()).hasLog(LoggingLevel.INFO, "asking the model");
 * }</pre>
 *
 * <p>Defaults: transport {@code in-memory}, session {@code mock-session}, no principal, no
 * headers, a progress token (so {@link #progress} is recorded), sampling and elicitation
 * declared but unscripted (a handler that asks fails with a message saying how to script it).
 */
public final class MockMcpContext implements McpContext {

	private final ReceivedNotifications notifications = new ReceivedNotifications();

	private SamplingResponder sampling = Responders.sampling();

	private ElicitationResponder elicitation = Responders.elicitation();
	private List<McpSchema.Root> roots = List.of();

	private Object progressToken = "mock-progress";

	private volatile String cancelReason;

	private Principal principal;

	private final Map<String, List<String>> headers = new LinkedHashMap<>();

	private final Map<String, Object> attributes = new LinkedHashMap<>();

	private String transport = "in-memory";

	private String sessionId = "mock-session";

	private McpSchema.Implementation clientInfo = McpSchema.Implementation.builder("mcpforge-mock-client", "1.0.0").build();

	// ---- scripting ----

	/** Answers sampling with text computed from the prompt. */
	public MockMcpContext onSample(Function<String, String> answer) {
		sampling.replyWith(answer);
		return this;
	}

	/** Answers every sampling request with {@code reply}. */
	public MockMcpContext onSample(String reply) {
		sampling.reply(reply);
		return this;
	}

	/** Answers sampling with a scripted responder (keeps its record of requests). */
	public MockMcpContext sampling(SamplingResponder responder) {
		this.sampling = Objects.requireNonNull(responder, "responder");
		return this;
	}

	/** The roots {@link #roots()} answers with (none by default). */
	public MockMcpContext roots(McpSchema.Root... offered) {
		this.roots = List.of(offered);
		return this;
	}

	/** Answers elicitation with a scripted responder, e.g. {@code Responders.elicitation().decline()}. */
	public MockMcpContext onElicit(ElicitationResponder responder) {
		this.elicitation = Objects.requireNonNull(responder, "responder");
		return this;
	}

	/** Answers elicitation with a result computed from the request. */
	public MockMcpContext onElicit(Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> answer) {
		elicitation.respondWith(answer);
		return this;
	}

	/** Behaves as a client without sampling: {@link #sample} throws as it would on a server. */
	public MockMcpContext withoutSampling() {
		this.sampling = null;
		return this;
	}

	/** Behaves as a client without elicitation. */
	public MockMcpContext withoutElicitation() {
		this.elicitation = null;
		return this;
	}

	/** Behaves as a call without a progress token: {@link #progress} records nothing. */
	public MockMcpContext withoutProgressToken() {
		this.progressToken = null;
		return this;
	}

	/** Cancels the call: {@link #isCancelled()} becomes true. */
	public MockMcpContext cancel() {
		return cancel("cancelled by the test");
	}

	public MockMcpContext cancel(String reason) {
		this.cancelReason = Objects.requireNonNull(reason, "reason");
		return this;
	}

	/** Sets the caller to a principal named {@code name}. */
	public MockMcpContext principal(String name) {
		Objects.requireNonNull(name, "name");
		return principal(new NamedPrincipal(name));
	}

	public MockMcpContext principal(Principal value) {
		this.principal = value;
		return this;
	}

	/** Adds an HTTP request header (names are case-insensitive). */
	public MockMcpContext header(String name, String... values) {
		headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(List.of(values));
		return this;
	}

	public MockMcpContext attribute(String key, Object value) {
		attributes.put(key, value);
		return this;
	}

	/** "stdio", "http", "http-stateless" or "in-memory" (the default). */
	public MockMcpContext transport(String name) {
		this.transport = Objects.requireNonNull(name, "name");
		return this;
	}

	public MockMcpContext sessionId(String id) {
		this.sessionId = id;
		return this;
	}

	public MockMcpContext clientInfo(String name, String version) {
		this.clientInfo = McpSchema.Implementation.builder(name, version).build();
		return this;
	}

	// ---- what happened ----

	/** Logs and progress the handler sent, in order. */
	public ReceivedNotifications notifications() {
		return notifications;
	}

	public List<McpSchema.LoggingMessageNotification> logs() {
		return notifications.logs();
	}

	public List<McpSchema.ProgressNotification> progress() {
		return notifications.progress();
	}

	/** The sampling responder, with every request the handler made. */
	public SamplingResponder samplingResponder() {
		return require(sampling, "sampling");
	}

	/** The elicitation responder, with every form the handler sent. */
	public ElicitationResponder elicitationResponder() {
		return require(elicitation, "elicitation");
	}

	// ---- McpContext ----

	@Override
	public void log(LoggingLevel level, String message) {
		notifications.record(McpSchema.METHOD_NOTIFICATION_MESSAGE,
				McpSchema.LoggingMessageNotification.builder(level, message).logger("mock").build());
	}

	@Override
	public void progress(double progress, Double total, String message) {
		if (progressToken != null) {
			notifications.record(McpSchema.METHOD_NOTIFICATION_PROGRESS,
					McpSchema.ProgressNotification.builder(progressToken, progress).total(total).message(message).build());
		}
	}

	@Override
	public String sample(String prompt, int maxTokens) {
		McpSchema.CreateMessageResult result = sample(McpSchema.CreateMessageRequest
			.builder(List.of(new McpSchema.SamplingMessage(McpSchema.Role.USER, McpSchema.TextContent.builder(prompt).build())),
					maxTokens)
			.build());
		return result.content() instanceof McpSchema.TextContent text ? text.text() : String.valueOf(result.content());
	}

	@Override
	public McpSchema.CreateMessageResult sample(McpSchema.CreateMessageRequest request) {
		if (sampling == null) {
			throw new McpException(McpSchema.ErrorCodes.INVALID_REQUEST,
					"The client does not support sampling (it declared no 'sampling' capability)");
		}
		return sampling.apply(request);
	}

	@Override
	public List<McpSchema.Root> roots() {
		return roots;
	}

	@Override
	public McpSchema.ElicitResult elicit(String message, Map<String, Object> requestedSchema) {
		if (elicitation == null) {
			throw new McpException(McpSchema.ErrorCodes.INVALID_REQUEST,
					"The client does not support elicitation (it declared no 'elicitation' capability)");
		}
		return elicitation.apply(McpSchema.ElicitFormRequest.builder(message, requestedSchema).build());
	}

	@Override
	public <T> Elicitation<T> elicit(String message, Class<T> type) {
		Map<String, Object> schema = ElicitationBinding.schemaFor(type);
		McpSchema.ElicitResult result = elicit(message, schema);
		if (result.action() != McpSchema.ElicitResult.Action.ACCEPT || result.content() == null) {
			return new Elicitation<>(result.action(), Optional.empty());
		}
		return new Elicitation<>(result.action(), Optional.of(ElicitationBinding.bind(result.content(), type, schema)));
	}

	@Override
	public boolean isCancelled() {
		return cancelReason != null;
	}

	@Override
	public void throwIfCancelled() {
		if (cancelReason != null) {
			throw new McpException(McpSchema.ErrorCodes.INTERNAL_ERROR, "Request cancelled: " + cancelReason);
		}
	}

	@Override
	public Optional<Principal> principal() {
		return Optional.ofNullable(principal);
	}

	@Override
	public Map<String, List<String>> headers() {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
		return Map.copyOf(copy);
	}

	@Override
	public Optional<Object> attribute(String key) {
		return Optional.ofNullable(attributes.get(key));
	}

	@Override
	public String transport() {
		return transport;
	}

	@Override
	public String sessionId() {
		return sessionId;
	}

	@Override
	public Optional<McpSchema.Implementation> clientInfo() {
		return Optional.ofNullable(clientInfo);
	}

	@Override
	public Optional<McpSchema.ClientCapabilities> clientCapabilities() {
		McpSchema.ClientCapabilities.Builder capabilities = McpSchema.ClientCapabilities.builder();
		if (sampling != null) {
			capabilities.sampling();
		}
		if (elicitation != null) {
			capabilities.elicitation();
		}
		return Optional.of(capabilities.build());
	}

	private static <T> T require(T responder, String what) {
		if (responder == null) {
			throw new IllegalStateException("This context declares no " + what + " capability (without"
					+ Character.toUpperCase(what.charAt(0)) + what.substring(1) + "() was called)");
		}
		return responder;
	}

	private record NamedPrincipal(String getName) implements Principal {
	}

}
