package dev.mcpforge.testing;

import java.util.List;
import java.util.function.Predicate;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;

import dev.mcpforge.testing.internal.Contents;

/**
 * Assertions on a {@code prompts/get} result.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractPromptResultAssert<SELF extends AbstractPromptResultAssert<SELF>>
		extends AbstractAssert<SELF, GetPromptResult> {

	protected AbstractPromptResultAssert(GetPromptResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	public SELF hasMessageCount(int expected) {
		isNotNull();
		if (messages().size() != expected) {
			failWithMessage("%nExpecting prompt to have %s messages but had %s:%n%s", expected, messages().size(),
					describe());
		}
		return myself;
	}

	/** The text of all messages, joined by newlines, equals {@code expected}. */
	public SELF hasText(String expected) {
		isNotNull();
		String text = text();
		if (!expected.equals(text)) {
			failWithActualExpectedAndMessage(text, expected, "%nExpecting prompt text to be:%n  \"%s\"%nbut was:%n  \"%s\"",
					expected, text);
		}
		return myself;
	}

	public SELF textContains(CharSequence... values) {
		isNotNull();
		String text = text();
		for (CharSequence value : values) {
			if (!text.contains(value)) {
				failWithMessage("%nExpecting prompt text to contain:%n  \"%s\"%nbut was:%n  \"%s\"", value, text);
			}
		}
		return myself;
	}

	/** Some message has this role and exactly this text. */
	public SELF hasMessage(McpSchema.Role role, String text) {
		return hasMessageMatching(role + " \"" + text + "\"", m -> m.role() == role
				&& m.content() instanceof McpSchema.TextContent t && text.equals(t.text()));
	}

	public SELF hasImage() {
		return hasMessageMatching("an image", m -> m.content() instanceof McpSchema.ImageContent);
	}

	public SELF hasEmbeddedResource(String uri) {
		return hasMessageMatching("embedded resource " + uri, m -> m.content() instanceof McpSchema.EmbeddedResource r
				&& r.resource() != null && uri.equals(r.resource().uri()));
	}

	private SELF hasMessageMatching(String what, Predicate<McpSchema.PromptMessage> match) {
		isNotNull();
		if (messages().stream().noneMatch(match)) {
			failWithMessage("%nExpecting prompt to have a message with %s but the messages were:%n%s", what, describe());
		}
		return myself;
	}

	private List<McpSchema.PromptMessage> messages() {
		return actual.messages() == null ? List.of() : actual.messages();
	}

	private String text() {
		return Contents.text(messages().stream().map(McpSchema.PromptMessage::content).toList());
	}

	private String describe() {
		if (messages().isEmpty()) {
			return "  (no messages)";
		}
		StringBuilder text = new StringBuilder();
		for (McpSchema.PromptMessage m : messages()) {
			text.append(text.length() == 0 ? "" : "\n").append("  ").append(m.role()).append(' ')
				.append(Contents.describe(m.content()));
		}
		return text.toString();
	}

}
