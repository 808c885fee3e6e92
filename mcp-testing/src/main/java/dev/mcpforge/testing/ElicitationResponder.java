package dev.mcpforge.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;

/**
 * Answers {@code elicitation/create} form requests the way a scripted user would, and records
 * them. Get one from {@link Responders#elicitation()}; each scripting method replaces the
 * previous script. Unscripted, a request fails with an error that says how to script it.
 *
 * <pre>{@code
 * ElicitationResponder user = Responders.elicitation().accept(Map.of("username", "ann"));
 * ...
 * assertThat(user.messages()).containsExactly("Who are you?");
 * }</pre>
 */
public final class ElicitationResponder implements Function<ElicitFormRequest, ElicitResult> {

	private final List<ElicitFormRequest> requests = new CopyOnWriteArrayList<>();

	private volatile Function<ElicitFormRequest, ElicitResult> script;

	private final java.util.Queue<String> misses = new java.util.concurrent.ConcurrentLinkedQueue<>();

	ElicitationResponder() {
	}

	/** Accepts every form with this content. */
	public ElicitationResponder accept(Map<String, ?> content) {
		Map<String, Object> copy = new LinkedHashMap<>(Objects.requireNonNull(content, "content"));
		return respondWith(request -> new ElicitResult(ElicitResult.Action.ACCEPT, copy));
	}

	/** Accepts every form with content computed from the request. */
	public ElicitationResponder acceptWith(Function<ElicitFormRequest, Map<String, Object>> content) {
		Objects.requireNonNull(content, "content");
		return respondWith(request -> new ElicitResult(ElicitResult.Action.ACCEPT, content.apply(request)));
	}

	/**
	 * Accepts every form with the {@code default} of each field of its requested schema, as a
	 * user who only presses OK would (fields without a default are left out).
	 */
	public ElicitationResponder acceptDefaults() {
		return respondWith(request -> new ElicitResult(ElicitResult.Action.ACCEPT, defaultsOf(request)));
	}

	/** Declines every form (the user said no). */
	public ElicitationResponder decline() {
		return respondWith(request -> new ElicitResult(ElicitResult.Action.DECLINE, null));
	}

	/** Cancels every form (the user dismissed it). */
	public ElicitationResponder cancel() {
		return respondWith(request -> new ElicitResult(ElicitResult.Action.CANCEL, null));
	}

	/** Answers each form with a result computed from it. */
	public ElicitationResponder respondWith(Function<ElicitFormRequest, ElicitResult> answer) {
		this.script = Objects.requireNonNull(answer, "answer");
		return this;
	}

	/** Every request received, in order. */
	public List<ElicitFormRequest> requests() {
		return List.copyOf(requests);
	}

	/** The message of every request received. */
	public List<String> messages() {
		return requests.stream().map(ElicitFormRequest::message).toList();
	}

	@Override
	public ElicitResult apply(ElicitFormRequest request) {
		requests.add(request);
		Function<ElicitFormRequest, ElicitResult> current = script;
		if (current == null) {
			String miss = "The server sent an elicitation request (\"" + request.message()
					+ "\") but no answer is scripted: script one, e.g. client.elicitation().accept(Map.of(...)),"
					+ " .acceptDefaults(), .decline() or .cancel()";
			misses.add(miss);
			throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message(miss).build();
		}
		return current.apply(request);
	}

	/** The oldest unscripted request's explanation, removing it; {@code null} when none. */
	String takeMiss() {
		String miss = misses.poll();
		misses.clear();
		return miss;
	}

	static Map<String, Object> defaultsOf(ElicitFormRequest request) {
		Map<String, Object> content = new LinkedHashMap<>();
		Object properties = request.requestedSchema() == null ? null : request.requestedSchema().get("properties");
		if (properties instanceof Map<?, ?> fields) {
			fields.forEach((name, schema) -> {
				if (schema instanceof Map<?, ?> field && field.containsKey("default")) {
					content.put(String.valueOf(name), field.get("default"));
				}
			});
		}
		return content;
	}

}
