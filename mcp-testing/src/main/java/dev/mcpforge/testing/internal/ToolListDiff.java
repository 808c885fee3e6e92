package dev.mcpforge.testing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.mcpforge.testing.ToolChange;
import dev.mcpforge.testing.ToolChange.Kind;

/** Compares two rendered tool lists ({@code {"tools":[...]}}) and names every change. */
public final class ToolListDiff {

	private static final Set<String> DOC_KEYWORDS = Set.of("description", "title", "examples", "default");

	private final List<ToolChange> changes = new ArrayList<>();

	private ToolListDiff() {
	}

	/** The changes from {@code before} to {@code after}, breaking ones first, then by tool. */
	public static List<ToolChange> diff(JsonNode before, JsonNode after) {
		ToolListDiff diff = new ToolListDiff();
		Map<String, JsonNode> old = byName(before);
		Map<String, JsonNode> now = byName(after);
		for (String name : union(old.keySet(), now.keySet())) {
			JsonNode a = old.get(name);
			JsonNode b = now.get(name);
			if (b == null) {
				diff.add(Kind.TOOL_REMOVED, name, "removed", true);
			}
			else if (a == null) {
				diff.add(Kind.TOOL_ADDED, name, "added", false);
			}
			else if (!a.equals(b)) {
				diff.tool(name, a, b);
			}
		}
		diff.changes.sort(Comparator.comparing((ToolChange c) -> !c.breaking()).thenComparing(ToolChange::tool));
		return List.copyOf(diff.changes);
	}

	private void tool(String name, JsonNode a, JsonNode b) {
		int found = changes.size();
		text(name, Kind.DESCRIPTION_CHANGED, "description", a, b);
		text(name, Kind.TITLE_CHANGED, "title", a, b);
		input(name, a.path("inputSchema"), b.path("inputSchema"));
		output(name, a.get("outputSchema"), b.get("outputSchema"));
		annotations(name, a.path("annotations"), b.path("annotations"));
		for (String key : union(fields(a), fields(b))) {
			if (!Set.of("name", "description", "title", "inputSchema", "outputSchema", "annotations").contains(key)
					&& !Objects.equals(a.get(key), b.get(key))) {
				add(Kind.METADATA_CHANGED, name, key + " changed", false);
			}
		}
		if (changes.size() == found) {
			add(Kind.METADATA_CHANGED, name, "definition changed", false);
		}
	}

	private void text(String tool, Kind kind, String field, JsonNode a, JsonNode b) {
		if (!Objects.equals(a.get(field), b.get(field))) {
			add(kind, tool, field + " changed: " + quote(a.get(field)) + " -> " + quote(b.get(field)), false);
		}
	}

	private void input(String tool, JsonNode a, JsonNode b) {
		JsonNode oldProps = a.path("properties");
		JsonNode newProps = b.path("properties");
		Set<String> oldRequired = strings(a.path("required"));
		Set<String> newRequired = strings(b.path("required"));
		for (String arg : union(fields(oldProps), fields(newProps))) {
			JsonNode before = oldProps.get(arg);
			JsonNode after = newProps.get(arg);
			if (after == null) {
				add(Kind.ARGUMENT_REMOVED, tool, "argument '" + arg + "' removed", true);
			}
			else if (before == null) {
				boolean required = newRequired.contains(arg);
				add(required ? Kind.REQUIRED_ARGUMENT_ADDED : Kind.OPTIONAL_ARGUMENT_ADDED, tool,
						(required ? "required" : "optional") + " argument '" + arg + "' added", required);
			}
			else {
				argument(tool, arg, before, after);
				if (!oldRequired.contains(arg) && newRequired.contains(arg)) {
					add(Kind.ARGUMENT_NOW_REQUIRED, tool, "argument '" + arg + "' became required", true);
				}
				else if (oldRequired.contains(arg) && !newRequired.contains(arg)) {
					add(Kind.ARGUMENT_NO_LONGER_REQUIRED, tool, "argument '" + arg + "' is no longer required", false);
				}
			}
		}
		for (String key : union(fields(a), fields(b))) {
			if (!Set.of("properties", "required").contains(key) && !Objects.equals(a.get(key), b.get(key))) {
				add(Kind.INPUT_SCHEMA_CHANGED, tool, "input schema '" + key + "' changed: " + compact(a.get(key))
						+ " -> " + compact(b.get(key)), true);
			}
		}
	}

	private void argument(String tool, String arg, JsonNode before, JsonNode after) {
		if (!Objects.equals(before.get("type"), after.get("type"))) {
			add(Kind.ARGUMENT_TYPE_CHANGED, tool, "argument '" + arg + "' type changed: " + compact(before.get("type"))
					+ " -> " + compact(after.get("type")), true);
		}
		else if (!withoutDocs(before).equals(withoutDocs(after))) {
			add(Kind.ARGUMENT_SCHEMA_CHANGED, tool, "argument '" + arg + "' schema changed: " + compact(withoutDocs(before))
					+ " -> " + compact(withoutDocs(after)), true);
		}
		if (!Objects.equals(before.get("description"), after.get("description"))) {
			add(Kind.DESCRIPTION_CHANGED, tool, "argument '" + arg + "' description changed: "
					+ quote(before.get("description")) + " -> " + quote(after.get("description")), false);
		}
	}

	private void output(String tool, JsonNode a, JsonNode b) {
		if (Objects.equals(a, b)) {
			return;
		}
		if (a == null) {
			add(Kind.OUTPUT_SCHEMA_CHANGED, tool, "output schema added", false);
			return;
		}
		if (b == null) {
			add(Kind.OUTPUT_SCHEMA_CHANGED, tool, "output schema removed", true);
			return;
		}
		int found = changes.size();
		JsonNode oldProps = a.path("properties");
		JsonNode newProps = b.path("properties");
		for (String field : union(fields(oldProps), fields(newProps))) {
			JsonNode before = oldProps.get(field);
			JsonNode after = newProps.get(field);
			if (after == null) {
				add(Kind.OUTPUT_SCHEMA_CHANGED, tool, "output field '" + field + "' removed", true);
			}
			else if (before == null) {
				add(Kind.OUTPUT_SCHEMA_CHANGED, tool, "output field '" + field + "' added", false);
			}
			else if (!Objects.equals(before.get("type"), after.get("type"))) {
				add(Kind.OUTPUT_SCHEMA_CHANGED, tool, "output field '" + field + "' type changed: "
						+ compact(before.get("type")) + " -> " + compact(after.get("type")), true);
			}
		}
		if (changes.size() == found) {
			add(Kind.OUTPUT_SCHEMA_CHANGED, tool, "output schema changed", false);
		}
	}

	private void annotations(String tool, JsonNode a, JsonNode b) {
		// effective values per the MCP defaults: readOnly false, destructive true unless read-only
		boolean readOnlyBefore = flag(a.get("readOnlyHint"), false);
		boolean readOnlyAfter = flag(b.get("readOnlyHint"), false);
		boolean destructiveBefore = !readOnlyBefore && flag(a.get("destructiveHint"), true);
		boolean destructiveAfter = !readOnlyAfter && flag(b.get("destructiveHint"), true);
		for (String hint : union(fields(a), fields(b))) {
			JsonNode before = a.get(hint);
			JsonNode after = b.get(hint);
			if (!Objects.equals(before, after)) {
				boolean breaking = ("readOnlyHint".equals(hint) && readOnlyBefore && !readOnlyAfter)
						|| ("destructiveHint".equals(hint) && !destructiveBefore && destructiveAfter);
				add(Kind.ANNOTATIONS_CHANGED, tool, "annotation " + hint + " changed: " + compact(before) + " -> "
						+ compact(after), breaking);
			}
		}
	}

	private void add(Kind kind, String tool, String detail, boolean breaking) {
		changes.add(new ToolChange(kind, tool, detail, breaking));
	}

	private static Map<String, JsonNode> byName(JsonNode list) {
		Map<String, JsonNode> tools = new LinkedHashMap<>();
		for (JsonNode tool : list.path("tools")) {
			tools.put(tool.path("name").asText(), tool);
		}
		return tools;
	}

	private static JsonNode withoutDocs(JsonNode schema) {
		if (!(schema instanceof ObjectNode object)) {
			return schema;
		}
		ObjectNode copy = object.deepCopy();
		copy.remove(DOC_KEYWORDS);
		return copy;
	}

	private static boolean flag(JsonNode node, boolean absent) {
		return node == null || node.isNull() ? absent : node.asBoolean(absent);
	}

	private static Set<String> fields(JsonNode node) {
		Set<String> names = new TreeSet<>();
		if (node != null) {
			Iterator<String> it = node.fieldNames();
			it.forEachRemaining(names::add);
		}
		return names;
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> values = new TreeSet<>();
		array.forEach(v -> values.add(v.asText()));
		return values;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	private static String quote(JsonNode node) {
		return node == null || node.isNull() ? "(none)" : "\"" + node.asText() + "\"";
	}

	private static String compact(JsonNode node) {
		return node == null ? "(none)" : node.toString();
	}

}
