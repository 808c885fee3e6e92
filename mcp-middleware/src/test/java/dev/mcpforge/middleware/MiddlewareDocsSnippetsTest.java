package dev.mcpforge.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps {@code docs/middleware.md} and the resilience part of {@code docs/client.md} true: every code block after a {@code <!-- snippet: path#name -->}
 * marker must equal the region between {@code // docs:name} and {@code // end:name} in that file
 * (the convention of {@code DocsSnippetsTest} in mcp-testing). Run with
 * {@code -Dmcpforge.docs.update=true} to rewrite the blocks from the sources.
 */
class MiddlewareDocsSnippetsTest {

	private static final Path ROOT = Path.of("..");

	private static final Pattern SNIPPET = Pattern
		.compile("<!-- snippet: ([^#]+)#([\\w-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

	@ParameterizedTest
	@CsvSource({ "docs/middleware.md, 9", "docs/client.md, 1" })
	void everySnippetMatchesItsSource(String file, int snippets) throws IOException {
		Path doc = ROOT.resolve(file);
		String text = Files.readString(doc, StandardCharsets.UTF_8);
		Matcher matcher = SNIPPET.matcher(text);
		StringBuilder updated = new StringBuilder();
		List<String> stale = new ArrayList<>();
		int count = 0;
		while (matcher.find()) {
			count++;
			String expected = region(ROOT.resolve(matcher.group(1)), matcher.group(2));
			if (!matcher.group(3).equals(expected)) {
				stale.add(matcher.group(1) + "#" + matcher.group(2));
			}
			matcher.appendReplacement(updated, Matcher.quoteReplacement(
					"<!-- snippet: " + matcher.group(1) + "#" + matcher.group(2) + " -->\n```java\n" + expected + "```"));
		}
		matcher.appendTail(updated);
		if (Boolean.getBoolean("mcpforge.docs.update")) {
			Files.writeString(doc, updated.toString(), StandardCharsets.UTF_8);
			return;
		}
		assertThat(count).as("snippets in %s", doc).isGreaterThanOrEqualTo(snippets);
		assertThat(stale).as("snippets in %s that differ from their source (re-run with -Dmcpforge.docs.update=true)",
				doc).isEmpty();
	}

	/** The lines between the markers, tabs as four spaces, common indentation removed. */
	private static String region(Path source, String name) throws IOException {
		List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
		int start = indexOf(lines, "// docs:" + name, source);
		int end = indexOf(lines, "// end:" + name, source);
		List<String> body = lines.subList(start + 1, end).stream().map(l -> l.replace("\t", "    ")).toList();
		int indent = body.stream()
			.filter(l -> !l.isBlank())
			.mapToInt(l -> l.length() - l.stripLeading().length())
			.min()
			.orElse(0);
		return body.stream()
			.map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static int indexOf(List<String> lines, String marker, Path source) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(marker)) {
				return i;
			}
		}
		throw new AssertionError("no '" + marker + "' in " + source);
	}

}
