package dev.mcpforge.testing;

import java.util.List;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;

import dev.mcpforge.testing.internal.Contents;

/**
 * Assertions on a {@code resources/read} result.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractReadResourceResultAssert<SELF extends AbstractReadResourceResultAssert<SELF>>
		extends AbstractAssert<SELF, ReadResourceResult> {

	protected AbstractReadResourceResultAssert(ReadResourceResult actual, Class<?> selfType) {
		super(actual, selfType);
	}

	/** The text contents, joined by newlines, equal {@code expected}. */
	public SELF hasText(String expected) {
		isNotNull();
		String text = text();
		if (!expected.equals(text)) {
			failWithActualExpectedAndMessage(text, expected, "%nExpecting resource text to be:%n  \"%s\"%nbut was:%n  \"%s\"",
					expected, text);
		}
		return myself;
	}

	public SELF textContains(CharSequence... values) {
		isNotNull();
		String text = text();
		for (CharSequence value : values) {
			if (!text.contains(value)) {
				failWithMessage("%nExpecting resource text to contain:%n  \"%s\"%nbut was:%n  \"%s\"", value, text);
			}
		}
		return myself;
	}

	/** Some contents have this MIME type. */
	public SELF hasMimeType(String expected) {
		isNotNull();
		if (contents().stream().noneMatch(c -> expected.equals(c.mimeType()))) {
			failWithMessage("%nExpecting resource contents of type \"%s\" but they were:%n  %s", expected, describe());
		}
		return myself;
	}

	/** Some contents are binary (a base64 blob). */
	public SELF hasBlob() {
		isNotNull();
		if (contents().stream().noneMatch(McpSchema.BlobResourceContents.class::isInstance)) {
			failWithMessage("%nExpecting binary resource contents (a blob) but they were:%n  %s", describe());
		}
		return myself;
	}

	/** Some contents carry this URI. */
	public SELF hasUri(String expected) {
		isNotNull();
		if (contents().stream().noneMatch(c -> expected.equals(c.uri()))) {
			failWithMessage("%nExpecting resource contents for \"%s\" but they were:%n  %s", expected, describe());
		}
		return myself;
	}

	public SELF hasContentsCount(int expected) {
		isNotNull();
		if (contents().size() != expected) {
			failWithMessage("%nExpecting %s resource contents but there were %s:%n  %s", expected, contents().size(),
					describe());
		}
		return myself;
	}

	private List<McpSchema.ResourceContents> contents() {
		return actual.contents() == null ? List.of() : actual.contents();
	}

	private String text() {
		return contents().stream()
			.map(Contents::text)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining("\n"));
	}

	private String describe() {
		if (contents().isEmpty()) {
			return "(no contents)";
		}
		return contents().stream()
			.map(c -> c.uri() + " " + c.mimeType() + (c instanceof McpSchema.TextResourceContents t
					? " text \"" + t.text() + "\"" : " blob"))
			.collect(Collectors.joining("\n  "));
	}

}
