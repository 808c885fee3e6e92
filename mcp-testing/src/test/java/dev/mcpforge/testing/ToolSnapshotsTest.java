package dev.mcpforge.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

/** Acceptance: a broken tool list fails with a diff that names and classifies each change. */
class ToolSnapshotsTest {

	/** Committed golden file of {@link #ordersV1()}. */
	static final Path GOLDEN = Path.of("src/test/resources/snapshots/orders-tools.json");

	record CreateOrder(@NotBlank String sku, int quantity, String note) {
	}

	record CreateOrderV2(@NotBlank String sku, int quantity, @NotBlank String currency) {
	}

	record OrderId(@NotBlank String id) {
	}

	static McpServer ordersV1() {
		return McpServer.builder()
			.name("orders")
			.tool(ToolSpec.of("create_order", CreateOrder.class, (a, ctx) -> "created").description("Creates an order"))
			.tool(ToolSpec.of("cancel_order", OrderId.class, (a, ctx) -> "cancelled").description("Cancels an order")
				.destructive())
			.tool(ToolSpec.of("get_order", OrderId.class, (a, ctx) -> "order").description("Reads an order").readOnly())
			.build();
	}

	/** v2: one tool removed, one added, a required argument added, one removed, hints and a description changed. */
	static McpServer ordersV2() {
		return McpServer.builder()
			.name("orders")
			.tool(ToolSpec.of("create_order", CreateOrderV2.class, (a, ctx) -> "created")
				.description("Creates an order in a currency"))
			.tool(ToolSpec.of("get_order", OrderId.class, (a, ctx) -> "order").description("Reads an order"))
			.tool(ToolSpec.of("refund_order", OrderId.class, (a, ctx) -> "refunded").description("Refunds an order"))
			.build();
	}

	@Test
	void unchangedToolListMatchesTheCommittedGoldenFile() {
		try (McpServer server = ordersV1()) {
			ToolSnapshots.assertMatches(server, GOLDEN);
		}
	}

	// docs:snapshot-diff
	@Test
	void brokenToolListFailsWithNamedClassifiedChanges() {
		try (McpServer server = ordersV2()) {
			assertThatThrownBy(() -> ToolSnapshots.assertMatches(server, GOLDEN)).isInstanceOf(AssertionError.class)
				.hasMessage("""
						Tool list does not match golden file src/test/resources/snapshots/orders-tools.json \
						(4 breaking, 2 compatible changes):
						  BREAKING   tool 'cancel_order' removed
						  BREAKING   tool 'create_order': required argument 'currency' added
						  BREAKING   tool 'create_order': argument 'note' removed
						  BREAKING   tool 'get_order': annotation readOnlyHint changed: true -> (none)
						  COMPATIBLE tool 'create_order': description changed: "Creates an order" -> "Creates an order in a currency"
						  COMPATIBLE tool 'refund_order' added
						If intended, re-run with -Dmcpforge.snapshots.update=true and commit the updated golden file.""");
		}
	}
	// end:snapshot-diff

	@Test
	void aMissingGoldenFileIsWrittenAndFails(@TempDir Path dir) throws Exception {
		Path golden = dir.resolve("new/tools.json");
		try (McpServer server = ordersV1()) {
			assertThatThrownBy(() -> ToolSnapshots.assertMatches(server, golden))
				.hasMessage("Golden file " + golden + " did not exist; wrote the current tool list (3 tools) to it."
						+ " Review it and commit it: the next run compares against it.");
			assertThat(Files.readString(golden)).isEqualTo(Files.readString(GOLDEN));
			ToolSnapshots.assertMatches(server, golden);
		}
	}

	@Test
	void updateModeRewritesTheGoldenFile(@TempDir Path dir) throws Exception {
		Path golden = dir.resolve("tools.json");
		Files.copy(GOLDEN, golden);
		System.setProperty(ToolSnapshots.UPDATE_PROPERTY, "true");
		try (McpServer server = ordersV2()) {
			ToolSnapshots.assertMatches(server, golden);
		}
		finally {
			System.clearProperty(ToolSnapshots.UPDATE_PROPERTY);
		}
		try (McpServer server = ordersV2()) {
			ToolSnapshots.assertMatches(server, golden);
		}
		assertThat(Files.readString(golden)).contains("\"refund_order\"").doesNotContain("cancel_order");
	}

	@Test
	void diffClassifiesTypeAndRequirednessChanges() {
		String before = """
				{"tools":[{"name":"t","description":"d","inputSchema":{"type":"object",
				 "properties":{"a":{"type":"integer","minimum":1},"b":{"type":"string"},"c":{"type":"string","description":"old"}},
				 "required":["a"]},"outputSchema":{"type":"object","properties":{"x":{"type":"string"}}}}]}""";
		String after = """
				{"tools":[{"name":"t","description":"d","inputSchema":{"type":"object",
				 "properties":{"a":{"type":"integer","minimum":5},"b":{"type":"number"},"c":{"type":"string","description":"new"}},
				 "required":["c"]},"outputSchema":{"type":"object","properties":{"y":{"type":"string"}}}}]}""";
		assertThat(ToolSnapshots.diff(before, after)).extracting(ToolChange::toString).containsExactly(
				"BREAKING   tool 't': argument 'a' schema changed: {\"minimum\":1,\"type\":\"integer\"} -> {\"minimum\":5,\"type\":\"integer\"}",
				"BREAKING   tool 't': argument 'b' type changed: \"string\" -> \"number\"",
				"BREAKING   tool 't': argument 'c' became required",
				"BREAKING   tool 't': output field 'x' removed",
				"COMPATIBLE tool 't': argument 'a' is no longer required",
				"COMPATIBLE tool 't': argument 'c' description changed: \"old\" -> \"new\"",
				"COMPATIBLE tool 't': output field 'y' added");
		assertThat(ToolSnapshots.diff(before, before)).isEmpty();
	}

	@Test
	void losingReadOnlyOrBecomingDestructiveIsBreaking() {
		String before = "{\"tools\":[{\"name\":\"t\",\"description\":\"d\",\"inputSchema\":{\"type\":\"object\"},"
				+ "\"annotations\":{\"readOnlyHint\":true,\"destructiveHint\":false}}]}";
		String after = "{\"tools\":[{\"name\":\"t\",\"description\":\"d\",\"inputSchema\":{\"type\":\"object\"},"
				+ "\"annotations\":{\"readOnlyHint\":false,\"destructiveHint\":true}}]}";
		assertThat(ToolSnapshots.diff(before, after)).allMatch(ToolChange::breaking)
			.extracting(ToolChange::kind)
			.containsOnly(ToolChange.Kind.ANNOTATIONS_CHANGED);
	}

}
