package dev.mcpforge.testing;

/**
 * Scripted stand-ins for what a real client does when the server asks it something: an LLM
 * answering sampling requests, a user answering elicitation forms, the roots the client
 * exposes. Each responder records what it was asked.
 *
 * <pre>{@code
 * McpTestClient client = McpTestClient.builder(server)
 *     .sampling(Responders.sampling().reply("It will rain"))
 *     .elicitation(Responders.elicitation().accept(Map.of("confirm", true)))
 *     .roots(Responders.roots().root("file:///work", "work"))
 *     .build();
 * }</pre>
 *
 * The same responders script a {@link MockMcpContext}.
 */
public final class Responders {

	private Responders() {
	}

	/** A sampling responder with no reply scripted yet: requests fail until you script one. */
	public static SamplingResponder sampling() {
		return new SamplingResponder();
	}

	/** An elicitation responder with no answer scripted yet: requests fail until you script one. */
	public static ElicitationResponder elicitation() {
		return new ElicitationResponder();
	}

	/** A roots list, empty at first. */
	public static RootsResponder roots() {
		return new RootsResponder();
	}

}
