package dev.mcpforge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

class ToolResultsTest {

	private final ToolResults results = new ToolResults(McpJson.newMapper());

	record Point(int x, int y, String label) {
	}

	private static String text(CallToolResult result) {
		return ((TextContent) result.content().get(0)).text();
	}

	@Test
	void stringsAndScalarsBecomeText() {
		assertThat(text(results.success("hi"))).isEqualTo("hi");
		assertThat(text(results.success(42))).isEqualTo("42");
		assertThat(text(results.success(true))).isEqualTo("true");
		assertThat(results.success("hi").structuredContent()).isNull();
	}

	@Test
	void recordsBecomeStructuredContentPlusJsonTextWithoutNulls() {
		CallToolResult result = results.success(new Point(1, 2, null));
		assertThat(result.structuredContent()).isEqualTo(Map.of("x", 1, "y", 2));
		assertThat(text(result)).isEqualTo("{\"x\":1,\"y\":2}");
		assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
	}

	@Test
	void collectionsAreWrappedBecauseStructuredContentIsAnObject() {
		CallToolResult result = results.success(List.of(new Point(1, 2, "a")));
		assertThat(result.structuredContent()).isEqualTo(Map.of("result", List.of(Map.of("x", 1, "y", 2, "label", "a"))));
	}

	@Test
	void contentAndResultsPassThrough() {
		var image = new McpSchema.ImageContent(null, "AAAA", "image/png");
		assertThat(results.success(image).content()).containsExactly(image);
		assertThat(results.success(List.of(image, new TextContent("x"))).content()).hasSize(2);
		CallToolResult own = CallToolResult.builder().addTextContent("own").build();
		assertThat(results.success(own)).isSameAs(own);
		assertThat(results.success(null).content()).isEmpty();
	}

	@Test
	void toolExceptionsShowTheirMessageAndInvalidArgumentsCarryViolations() {
		assertThat(text(results.failure(new ToolException("no such order"), "t"))).isEqualTo("no such order");
		CallToolResult invalid = results.failure(
				new InvalidArgumentsException(List.of(new Violation("age", "must be positive"))), "signup");
		assertThat(invalid.isError()).isTrue();
		assertThat(text(invalid)).isEqualTo("Tool 'signup': Invalid arguments (1 problem):\n- age: must be positive");
		assertThat(invalid.meta().get(ToolResults.VIOLATIONS_META_KEY))
			.isEqualTo(List.of(Map.of("path", "age", "message", "must be positive")));
	}

	@Test
	void unexpectedExceptionsHideTheirDetailsBehindACorrelationId() {
		CallToolResult result = results.failure(new NullPointerException("password=hunter2"), "t");
		assertThat(result.isError()).isTrue();
		String id = (String) result.meta().get(ToolResults.CORRELATION_META_KEY);
		assertThat(text(result)).contains(id).doesNotContain("hunter2").doesNotContain("NullPointer");
	}

}
