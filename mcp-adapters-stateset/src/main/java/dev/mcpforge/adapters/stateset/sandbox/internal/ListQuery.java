package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list request: {@code page}, {@code limit} (alias {@code per_page}, at most {@value #MAX_LIMIT}), {@code search},
 * {@code sort_by}, {@code sort_order}; any other parameter naming a field of the family filters on equality.
 */
public record ListQuery(int page, int limit, String search, String sortBy, boolean descending, Map<String, String> filters) {

	public static final int DEFAULT_LIMIT = 20;
	public static final int MAX_LIMIT = 100;

	private static final Set<String> RESERVED = Set.of("page", "limit", "per_page", "search", "q", "sort_by", "sort_order");

	public static ListQuery parse(Map<String, String> params) {
		int page = positive(params, "page", 1);
		String limitParam = params.containsKey("limit") ? "limit" : "per_page";
		int limit = Math.min(positive(params, limitParam, DEFAULT_LIMIT), MAX_LIMIT);
		String order = params.getOrDefault("sort_order", "asc").toLowerCase(Locale.ROOT);
		if (!order.equals("asc") && !order.equals("desc")) {
			throw ApiException.badRequest("sort_order must be asc or desc");
		}
		String search = params.getOrDefault("search", params.get("q"));
		Map<String, String> filters = new java.util.LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (!RESERVED.contains(k)) {
				filters.put(k, v);
			}
		});
		return new ListQuery(page, limit, search, params.get("sort_by"), order.equals("desc"), filters);
	}

	private static int positive(Map<String, String> params, String name, int fallback) {
		String raw = params.get(name);
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		int value;
		try {
			value = Integer.parseInt(raw.trim());
		} catch (NumberFormatException e) {
			throw ApiException.badRequest(name + " must be an integer, got '" + raw + "'");
		}
		if (value < 1) {
			throw ApiException.badRequest(name + " must be at least 1, got " + value);
		}
		return value;
	}

	/** Filters, sorts and pages {@code all} into StateSet's {@code {items, total, page, limit, total_pages}}. */
	public ObjectNode apply(List<ObjectNode> all, ObjectMapper mapper) {
		List<ObjectNode> matching = new ArrayList<>();
		Set<String> known = new java.util.HashSet<>();
		all.forEach(e -> e.fieldNames().forEachRemaining(known::add));
		for (ObjectNode e : all) {
			if (matchesFilters(e, known) && matchesSearch(e)) {
				matching.add(e);
			}
		}
		if (sortBy != null && !sortBy.isBlank()) {
			Comparator<ObjectNode> cmp = Comparator.comparing(e -> e.get(sortBy), ListQuery::compareNodes);
			matching.sort(descending ? cmp.reversed() : cmp);
		} else if (descending) {
			java.util.Collections.reverse(matching);
		}
		int total = matching.size();
		int from = (int) Math.min((long) (page - 1) * limit, total);
		int to = Math.min(from + limit, total);
		ObjectNode out = mapper.createObjectNode();
		out.set("items", mapper.valueToTree(matching.subList(from, to)));
		out.put("total", total);
		out.put("page", page);
		out.put("limit", limit);
		out.put("total_pages", total == 0 ? 0 : (total + limit - 1) / limit);
		return out;
	}

	private boolean matchesFilters(ObjectNode e, Set<String> knownFields) {
		for (Map.Entry<String, String> f : filters.entrySet()) {
			if (!knownFields.contains(f.getKey())) {
				continue; // a parameter that names no field (e.g. unread_only) is not a filter
			}
			JsonNode v = e.get(f.getKey());
			if (v == null || !v.asText().equalsIgnoreCase(f.getValue())) {
				return false;
			}
		}
		return true;
	}

	private boolean matchesSearch(JsonNode node) {
		if (search == null || search.isBlank()) {
			return true;
		}
		return contains(node, search.toLowerCase(Locale.ROOT));
	}

	private static boolean contains(JsonNode node, String needle) {
		if (node.isValueNode()) {
			return node.asText().toLowerCase(Locale.ROOT).contains(needle);
		}
		for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
			if (contains(it.next(), needle)) {
				return true;
			}
		}
		return false;
	}

	private static int compareNodes(JsonNode a, JsonNode b) {
		if (a == null || a.isNull()) {
			return b == null || b.isNull() ? 0 : -1;
		}
		if (b == null || b.isNull()) {
			return 1;
		}
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue());
		}
		String sa = a.asText();
		String sb = b.asText();
		BigDecimal na = numberOrNull(sa);
		BigDecimal nb = numberOrNull(sb);
		return na != null && nb != null ? na.compareTo(nb) : sa.compareTo(sb);
	}

	private static BigDecimal numberOrNull(String s) {
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
