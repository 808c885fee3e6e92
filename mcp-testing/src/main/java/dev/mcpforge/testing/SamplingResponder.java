package dev.mcpforge.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageRequest;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageResult;

/**
 * Answers {@code sampling/createMessage} requests the way a scripted LLM would, and records
 * them. Get one from {@link Responders#sampling()}; each scripting method replaces the previous
 * script. Unscripted, a request fails with an error that says how to script it.
 *
 * <pre>{@code
 * SamplingResponder llm = Responders.sampling().replyWith(prompt -> "Summary of: " + prompt);
 * ...
 * assertThat(llm.prompts()).containsExactly("Summarise the ticket");
 * }</pre>
 */
public final class SamplingResponder implements Function<CreateMessageRequest, CreateMessageResult> {

	/** The model name replies carry unless {@link #model(String)} says otherwise. */
	public static final String DEFAULT_MODEL = "mcpforge-scripted-model";

	private final List<CreateMessageRequest> requests = new CopyOnWriteArrayList<>();

	private volatile Function<CreateMessageRequest, CreateMessageResult> script;

	private volatile String model = DEFAULT_MODEL;

	private final java.util.Queue<String> misses = new java.util.concurrent.ConcurrentLinkedQueue<>();

	SamplingResponder() {
	}

	/** Answers every request with {@code text}. */
	public SamplingResponder reply(String text) {
		Objects.requireNonNull(text, "text");
		return replyWithResult(request -> result(text));
	}

	/**
	 * Answers requests with these texts in order; a request after the last one fails.
	 */
	public SamplingResponder replies(String... texts) {
		Deque<String> queue = new ArrayDeque<>(List.of(texts));
		return replyWithResult(request -> {
			synchronized (queue) {
				if (queue.isEmpty()) {
					throw error("Sampling request #" + requests.size() + " arrived but only " + texts.length
							+ " replies were scripted with replies(...)");
				}
				return result(queue.poll());
			}
		});
	}

	/** Answers each request with text computed from its prompt (the last message's text). */
	public SamplingResponder replyWith(Function<String, String> answer) {
		Objects.requireNonNull(answer, "answer");
		return replyWithResult(request -> result(answer.apply(promptOf(request))));
	}

	/** Answers each request with a full result, for control over role, content and stop reason. */
	public SamplingResponder replyWithResult(Function<CreateMessageRequest, CreateMessageResult> answer) {
		this.script = Objects.requireNonNull(answer, "answer");
		return this;
	}

	/** Refuses every request with a JSON-RPC error, as a client whose user declined would. */
	public SamplingResponder reject(String reason) {
		return replyWithResult(request -> {
			throw error(reason);
		});
	}

	/** The model name put on replies built from text. */
	public SamplingResponder model(String name) {
		this.model = Objects.requireNonNull(name, "name");
		return this;
	}

	/** Every request received, in order. */
	public List<CreateMessageRequest> requests() {
		return List.copyOf(requests);
	}

	/** The prompt of every request received: the text of its last message. */
	public List<String> prompts() {
		return requests.stream().map(SamplingResponder::promptOf).toList();
	}

	@Override
	public CreateMessageResult apply(CreateMessageRequest request) {
		requests.add(request);
		Function<CreateMessageRequest, CreateMessageResult> current = script;
		if (current == null) {
			String miss = "The server sent a sampling request (prompt \"" + promptOf(request)
					+ "\") but no reply is scripted: script one, e.g. client.sampling().reply(\"...\") or"
					+ " .replyWith(prompt -> ...), or .reject(reason) to refuse it";
			misses.add(miss);
			throw error(miss);
		}
		return current.apply(request);
	}

	/** The oldest unscripted request's explanation, removing it; {@code null} when none. */
	String takeMiss() {
		String miss = misses.poll();
		misses.clear();
		return miss;
	}

	static String promptOf(CreateMessageRequest request) {
		if (request.messages() == null || request.messages().isEmpty()) {
			return "";
		}
		McpSchema.Content content = request.messages().get(request.messages().size() - 1).content();
		return content instanceof McpSchema.TextContent text ? text.text() : String.valueOf(content);
	}

	private CreateMessageResult result(String text) {
		return CreateMessageResult.builder(McpSchema.Role.ASSISTANT, McpSchema.TextContent.builder(text).build(), model)
			.stopReason(CreateMessageResult.StopReason.END_TURN)
			.build();
	}

	private static McpError error(String message) {
		return McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message(message).build();
	}

}
