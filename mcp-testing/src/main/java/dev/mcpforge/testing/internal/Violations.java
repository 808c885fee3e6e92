package dev.mcpforge.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.ToolResults;
import dev.mcpforge.core.Violation;

/** Reads the violations an invalid-arguments result carries in its {@code _meta}. */
public final class Violations {

	private Violations() {
	}

	/** The violations, or an empty list when the result carries none. */
	public static List<Violation> of(McpSchema.CallToolResult result) {
		Object raw = result.meta() == null ? null : result.meta().get(ToolResults.VIOLATIONS_META_KEY);
		List<Violation> violations = new ArrayList<>();
		if (raw instanceof List<?> items) {
			for (Object item : items) {
				if (item instanceof Map<?, ?> map) {
					violations.add(new Violation(String.valueOf(map.get("path")), String.valueOf(map.get("message"))));
				}
			}
		}
		return violations;
	}

	public static String describe(List<Violation> violations) {
		StringBuilder text = new StringBuilder();
		for (Violation v : violations) {
			text.append("\n  - ").append(v.path()).append(": ").append(v.message());
		}
		return text.toString();
	}

}
