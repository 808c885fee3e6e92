package dev.mcpforge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.internal.ToolListDiff;

/**
 * Golden-file tests of what clients see in {@code tools/list}: catch a renamed argument, a
 * dropped tool or a reworded description before a client does.
 *
 * <pre>{@code
 * @Test
 * void toolListIsStable() {
 *     ToolSnapshots.assertMatches(server, Path.of("src/test/resources/tools.json"));
 * }
 * }</pre>
 *
 * <ul>
 * <li>The golden file is {@code {"tools": [...]}}: tools sorted by name, keys sorted,
 * pretty-printed with {@code \n} line ends, so diffs in review are small and stable.</li>
 * <li>A missing golden file is written, and the assertion <b>fails</b> (so CI cannot pass
 * without a reviewed, committed file).</li>
 * <li>With {@code -Dmcpforge.snapshots.update=true} the file is rewritten and the assertion
 * passes.</li>
 * <li>Otherwise a mismatch fails with one line per change, each classified as breaking or
 * compatible: see {@link ToolChange.Kind}.</li>
 * </ul>
 */
public final class ToolSnapshots {

	/** The system property that rewrites golden files instead of comparing. */
	public static final String UPDATE_PROPERTY = "mcpforge.snapshots.update";

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(SerializationFeature.INDENT_OUTPUT);

	private ToolSnapshots() {
	}

	/** Lists the server's tools over an in-memory session and compares them with the golden file. */
	public static void assertMatches(McpServer server, Path golden) {
		try (McpTestClient client = McpTestClient.builder(server).loggingLevel(null).build()) {
			assertMatches(client, golden);
		}
	}

	/** Compares what {@code client} lists with the golden file. */
	public static void assertMatches(McpTestClient client, Path golden) {
		assertMatches(client.listTools(), golden);
	}

	/** Compares a {@code tools/list} result with the golden file. */
	public static void assertMatches(McpSchema.ListToolsResult tools, Path golden) {
		String actual = render(tools);
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			write(golden, actual);
			return;
		}
		if (!Files.exists(golden)) {
			write(golden, actual);
			throw new AssertionError("Golden file " + golden + " did not exist; wrote the current tool list ("
					+ count(actual) + " tools) to it. Review it and commit it: the next run compares against it.");
		}
		String expected = read(golden);
		List<ToolChange> changes = diff(expected, actual);
		if (!changes.isEmpty()) {
			throw new AssertionError(message(golden, changes));
		}
	}

	/** The canonical golden-file text of a {@code tools/list} result. */
	public static String render(McpSchema.ListToolsResult tools) {
		ArrayNode list = MAPPER.createArrayNode();
		tools.tools()
			.stream()
			.sorted(Comparator.comparing(McpSchema.Tool::name))
			.forEach(t -> list.add(sorted(MAPPER.valueToTree(t))));
		ObjectNode root = MAPPER.createObjectNode();
		root.set("tools", list);
		return pretty(root);
	}

	/** The changes from the {@code before} golden text to the {@code after} one; empty when equivalent. */
	public static List<ToolChange> diff(String before, String after) {
		JsonNode a = parse(before);
		JsonNode b = parse(after);
		return a.equals(b) ? List.of() : ToolListDiff.diff(a, b);
	}

	static String message(Path golden, List<ToolChange> changes) {
		long breaking = changes.stream().filter(ToolChange::breaking).count();
		long compatible = changes.size() - breaking;
		return "Tool list does not match golden file " + golden + " (" + breaking + " breaking, " + compatible
				+ " compatible " + (changes.size() == 1 ? "change" : "changes") + "):\n"
				+ changes.stream().map(c -> "  " + c).collect(Collectors.joining("\n"))
				+ "\nIf intended, re-run with -D" + UPDATE_PROPERTY + "=true and commit the updated golden file.";
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = MAPPER.createObjectNode();
			List<String> names = new java.util.ArrayList<>();
			node.fieldNames().forEachRemaining(names::add);
			names.stream().sorted().forEach(n -> copy.set(n, sorted(node.get(n))));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = MAPPER.createArrayNode();
			node.forEach(item -> copy.add(sorted(item)));
			return copy;
		}
		return node;
	}

	private static String pretty(JsonNode node) {
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
			.withObjectFieldValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator(""))
			.withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n"));
		try {
			return MAPPER.writer(printer).writeValueAsString(node) + "\n";
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot render the tool list", e);
		}
	}

	private static JsonNode parse(String json) {
		try {
			return sorted(MAPPER.readTree(json));
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("golden file is not valid JSON: " + e.getOriginalMessage(), e);
		}
	}

	private static int count(String rendered) {
		return parse(rendered).path("tools").size();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read golden file " + file, e);
		}
	}

	private static void write(Path file, String text) {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write golden file " + file, e);
		}
	}

}
