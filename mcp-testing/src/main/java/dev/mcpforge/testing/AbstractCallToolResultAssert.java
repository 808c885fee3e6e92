package dev.mcpforge.testing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.ObjectAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.core.Violation;
import dev.mcpforge.testing.internal.Contents;
import dev.mcpforge.testing.internal.JsonPath;
import dev.mcpforge.testing.internal.JsonValues;
import dev.mcpforge.testing.internal.Violations;

/**
 * Assertions on a {@code tools/call} result. Failure messages quote the result's content.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractCallToolResultAssert<SELF extends AbstractCallToolResultAssert<SELF>>
		extends AbstractAssert<SELF, CallToolResult> {

	protected AbstractCallToolResultAssert(CallToolResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	/** The call succeeded: {@code isError} is absent or false. */
	public SELF isSuccess() {
		isNotNull();
		if (Boolean.TRUE.equals(actual.isError())) {
			failWithMessage("%nExpecting tool result to be a success but was an error:%n%s", indented());
		}
		return myself;
	}

	/** The tool reported a failure: {@code isError} is true (a result, not a protocol error). */
	public SELF isToolError() {
		isNotNull();
		if (!Boolean.TRUE.equals(actual.isError())) {
			failWithMessage("%nExpecting tool result to be an error (isError=true) but was a success:%n%s", indented());
		}
		return myself;
	}

	/** The text blocks, joined by newlines, equal {@code expected}. */
	public SELF hasText(String expected) {
		isNotNull();
		String text = Contents.text(actual.content());
		if (!text.equals(expected)) {
			failWithActualExpectedAndMessage(text, expected,
					"%nExpecting tool result text to be:%n  \"%s\"%nbut was:%n  \"%s\"", expected, text);
		}
		return myself;
	}

	/** The text contains every one of {@code values}. */
	public SELF textContains(CharSequence... values) {
		isNotNull();
		String text = Contents.text(actual.content());
		for (CharSequence value : values) {
			if (!text.contains(value)) {
				failWithMessage("%nExpecting tool result text to contain:%n  \"%s\"%nbut was:%n  \"%s\"", value, text);
			}
		}
		return myself;
	}

	/** AssertJ string assertions on the text, e.g. {@code .text().startsWith("Order")}. */
	public AbstractStringAssert<?> text() {
		isNotNull();
		return Assertions.assertThat(Contents.text(actual.content())).as("tool result text");
	}

	public SELF hasContentCount(int expected) {
		isNotNull();
		int count = actual.content() == null ? 0 : actual.content().size();
		if (count != expected) {
			failWithMessage("%nExpecting tool result to have %s content blocks but had %s:%n%s", expected, count,
					indented());
		}
		return myself;
	}

	/** Some content block is an image. */
	public SELF hasImage() {
		return hasContent("an image", McpSchema.ImageContent.class::isInstance);
	}

	/** Some content block is an image of this MIME type. */
	public SELF hasImage(String mimeType) {
		return hasContent("an image of type " + mimeType,
				c -> c instanceof McpSchema.ImageContent i && mimeType.equals(i.mimeType()));
	}

	/** Some content block is audio of this MIME type. */
	public SELF hasAudio(String mimeType) {
		return hasContent("audio of type " + mimeType,
				c -> c instanceof McpSchema.AudioContent a && mimeType.equals(a.mimeType()));
	}

	/** Some content block is an embedded resource. */
	public SELF hasEmbeddedResource() {
		return hasContent("an embedded resource", McpSchema.EmbeddedResource.class::isInstance);
	}

	/** Some content block is the embedded resource {@code uri}. */
	public SELF hasEmbeddedResource(String uri) {
		return hasContent("embedded resource " + uri, c -> c instanceof McpSchema.EmbeddedResource r
				&& r.resource() != null && uri.equals(r.resource().uri()));
	}

	/** Some content block links to resource {@code uri}. */
	public SELF hasResourceLink(String uri) {
		return hasContent("a link to resource " + uri,
				c -> c instanceof McpSchema.ResourceLink l && uri.equals(l.uri()));
	}

	/**
	 * The structured content equals {@code expected} (a record, bean or map), compared as JSON
	 * with numbers by value.
	 */
	public SELF hasStructuredContent(Object expected) {
		isNotNull();
		requireStructured();
		if (!JsonValues.sameJson(expected, actual.structuredContent())) {
			String want = JsonValues.compact(expected);
			String got = JsonValues.compact(actual.structuredContent());
			failWithActualExpectedAndMessage(got, want, "%nExpecting structured content to be:%n  %s%nbut was:%n  %s",
					want, got);
		}
		return myself;
	}

	/**
	 * The structured content has {@code expected} at {@code path}: names separated by dots,
	 * indexes in brackets, e.g. {@code "items[0].price"}.
	 */
	public SELF hasStructuredValue(String path, Object expected) {
		isNotNull();
		requireStructured();
		JsonPath parsed = JsonPath.parse(path);
		JsonNode root = JsonValues.tree(actual.structuredContent());
		JsonNode found = parsed.find(root).orElse(null);
		if (found == null) {
			failWithMessage("%nExpecting structured content to have a value at \"%s\" but it has none:%n  %s", path,
					JsonValues.compact(root));
		}
		else if (!JsonValues.sameJson(expected, found)) {
			failWithMessage("%nExpecting structured content at \"%s\" to be:%n  %s%nbut was:%n  %s", path,
					JsonValues.compact(expected), JsonValues.compact(found));
		}
		return myself;
	}

	/** AssertJ map assertions on the structured content. */
	public MapAssert<String, Object> structuredContent() {
		isNotNull();
		requireStructured();
		return Assertions.assertThat(JsonValues.toMap(actual.structuredContent())).as("structured content");
	}

	/** The structured content mapped to {@code type} (a record, usually), for AssertJ object assertions. */
	public <T> ObjectAssert<T> structuredContent(Class<T> type) {
		isNotNull();
		requireStructured();
		return Assertions.assertThat(JsonValues.convert(actual.structuredContent(), type))
			.as("structured content as %s", type.getSimpleName());
	}

	/**
	 * An invalid-arguments result reports a violation at {@code path} (e.g. {@code "email"},
	 * {@code "items[2].sku"}).
	 */
	public SELF hasViolation(String path) {
		return hasViolationMatching(path, null);
	}

	/** An invalid-arguments result reports a violation at {@code path} whose message contains {@code text}. */
	public SELF hasViolation(String path, String messageContaining) {
		return hasViolationMatching(path, Objects.requireNonNull(messageContaining, "messageContaining"));
	}

	/** An invalid-arguments result reports violations at exactly these paths (any order). */
	public SELF hasViolationsAt(String... paths) {
		isNotNull();
		List<Violation> violations = requireViolations("at " + List.of(paths));
		List<String> actualPaths = violations.stream().map(Violation::path).distinct().sorted().toList();
		List<String> expected = java.util.Arrays.stream(paths).distinct().sorted().toList();
		if (!actualPaths.equals(expected)) {
			failWithMessage("%nExpecting violations exactly at %s but they were:%s", expected,
					Violations.describe(violations));
		}
		return myself;
	}

	/** The result's {@code _meta} has {@code key}. */
	public SELF hasMeta(String key, Object value) {
		isNotNull();
		Map<String, Object> meta = actual.meta() == null ? Map.of() : actual.meta();
		if (!meta.containsKey(key) || !JsonValues.sameJson(value, meta.get(key))) {
			failWithMessage("%nExpecting tool result _meta to have %s=%s but _meta was:%n  %s", key,
					JsonValues.compact(value), JsonValues.compact(meta));
		}
		return myself;
	}

	private SELF hasViolationMatching(String path, String messageContaining) {
		isNotNull();
		String wanted = "at \"" + path + "\"" + (messageContaining == null ? "" : " containing \"" + messageContaining + "\"");
		List<Violation> violations = requireViolations(wanted);
		boolean found = violations.stream()
			.anyMatch(v -> v.path().equals(path) && (messageContaining == null || v.message().contains(messageContaining)));
		if (!found) {
			failWithMessage("%nExpecting an invalid-arguments violation %s but the violations were:%s", wanted,
					Violations.describe(violations));
		}
		return myself;
	}

	private List<Violation> requireViolations(String wanted) {
		List<Violation> violations = Violations.of(actual);
		if (violations.isEmpty()) {
			failWithMessage("%nExpecting an invalid-arguments violation %s but the result carries no violations:%n%s",
					wanted, indented());
		}
		return violations;
	}

	private SELF hasContent(String what, Predicate<McpSchema.Content> match) {
		isNotNull();
		if (actual.content() == null || actual.content().stream().noneMatch(match)) {
			failWithMessage("%nExpecting tool result to contain %s but its content was:%n%s", what, indented());
		}
		return myself;
	}

	private void requireStructured() {
		if (actual.structuredContent() == null) {
			failWithMessage("%nExpecting tool result to have structured content but it has none:%n%s", indented());
		}
	}

	private String indented() {
		return "  " + Contents.describe(actual.content()).replace("\n", "\n  ");
	}

}
