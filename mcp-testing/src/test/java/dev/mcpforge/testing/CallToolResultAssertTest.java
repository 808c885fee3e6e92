package dev.mcpforge.testing;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.core.InvalidArgumentsException;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.ToolResults;
import dev.mcpforge.core.Violation;

class CallToolResultAssertTest {

	record Order(int id, List<Item> items) {
	}

	record Item(String sku, double price) {
	}

	private final ToolResults results = new ToolResults(McpJson.newMapper());

	private final CallToolResult text = CallToolResult.builder().addTextContent("order 42 shipped").build();

	private final CallToolResult error = ToolResults.errorResult("order 42 is already shipped");

	private final CallToolResult order = results.success(new Order(42, List.of(new Item("A-1", 9.5))));

	@Test
	void passingAssertionsChain() {
		assertThat(text).isSuccess().hasText("order 42 shipped").textContains("42", "shipped").hasContentCount(1);
		assertThat(error).isToolError().hasText("order 42 is already shipped");
		assertThat(order).isSuccess()
			.hasStructuredContent(new Order(42, List.of(new Item("A-1", 9.5))))
			.hasStructuredContent(Map.of("id", 42.0, "items", List.of(Map.of("sku", "A-1", "price", 9.5))))
			.hasStructuredValue("items[0].sku", "A-1")
			.hasStructuredValue("id", 42);
		assertThat(order).structuredContent(Order.class).extracting(Order::id).isEqualTo(42);
		assertThat(order).structuredContent().containsKey("items");
		assertThat(order).text().startsWith("{\"id\":42");
	}

	@Test
	void isSuccessQuotesTheErrorText() {
		assertThatThrownBy(() -> assertThat(error).isSuccess()).isInstanceOf(AssertionError.class)
			.hasMessage(String.format("%nExpecting tool result to be a success but was an error:%n  text \"order 42 is already shipped\""));
	}

	@Test
	void isToolErrorQuotesTheContent() {
		assertThatThrownBy(() -> assertThat(text).isToolError())
			.hasMessage(String.format("%nExpecting tool result to be an error (isError=true) but was a success:%n  text \"order 42 shipped\""));
	}

	@Test
	void hasTextShowsBoth() {
		assertThatThrownBy(() -> assertThat(text).hasText("order 43 shipped"))
			.hasMessage(String.format("%nExpecting tool result text to be:%n  \"order 43 shipped\"%nbut was:%n  \"order 42 shipped\""));
	}

	@Test
	void describedAssertionsArePrefixed() {
		assertThatThrownBy(() -> assertThat(text).as("lookup").textContains("cancelled"))
			.hasMessage(String.format("[lookup] %nExpecting tool result text to contain:%n  \"cancelled\"%nbut was:%n  \"order 42 shipped\""));
	}

	@Test
	void structuredValueNamesThePath() {
		assertThatThrownBy(() -> assertThat(order).hasStructuredValue("items[0].price", 10))
			.hasMessage(String.format("%nExpecting structured content at \"items[0].price\" to be:%n  10%nbut was:%n  9.5"));
		assertThatThrownBy(() -> assertThat(order).hasStructuredValue("items[3].price", 10))
			.hasMessage(String.format("%nExpecting structured content to have a value at \"items[3].price\" but it has none:%n"
					+ "  {\"id\":42,\"items\":[{\"sku\":\"A-1\",\"price\":9.5}]}"));
		assertThatThrownBy(() -> assertThat(text).hasStructuredValue("id", 1))
			.hasMessage(String.format("%nExpecting tool result to have structured content but it has none:%n  text \"order 42 shipped\""));
	}

	@Test
	void contentKinds() {
		CallToolResult mixed = CallToolResult.builder()
			.addContent(McpSchema.ImageContent.builder("AAAA", "image/png").build())
			.addContent(McpSchema.EmbeddedResource
				.builder(McpSchema.TextResourceContents.builder("test://r", "x").mimeType("text/plain").build())
				.build())
			.build();
		assertThat(mixed).hasImage().hasImage("image/png").hasEmbeddedResource().hasEmbeddedResource("test://r");
		assertThatThrownBy(() -> assertThat(mixed).hasAudio("audio/wav"))
			.hasMessage(String.format("%nExpecting tool result to contain audio of type audio/wav but its content was:%n"
					+ "  image image/png%n  resource test://r"));
	}

	@Test
	void violationsOfAnInvalidArgumentsResult() {
		CallToolResult invalid = results.failure(new InvalidArgumentsException(List.of(
				new Violation("email", "must be a well-formed email address"), new Violation("age", "must be >= 18"))),
				"signup");
		assertThat(invalid).isToolError()
			.hasViolation("email")
			.hasViolation("age", ">= 18")
			.hasViolationsAt("age", "email");
		assertThatThrownBy(() -> assertThat(invalid).hasViolation("name"))
			.hasMessage(String.format("%nExpecting an invalid-arguments violation at \"name\" but the violations were:%n"
					+ "  - age: must be >= 18%n  - email: must be a well-formed email address"));
		assertThatThrownBy(() -> assertThat(error).hasViolation("name"))
			.hasMessage(String.format("%nExpecting an invalid-arguments violation at \"name\" but the result carries no violations:%n"
					+ "  text \"order 42 is already shipped\""));
	}

	@Test
	void malformedPathSaysHowToWriteOne() {
		assertThatThrownBy(() -> assertThat(order).hasStructuredValue("items[x]", 1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("malformed path \"items[x]\" at position 5: use names separated by '.' and indexes in brackets,"
					+ " e.g. \"items[0].price\"");
	}

}
