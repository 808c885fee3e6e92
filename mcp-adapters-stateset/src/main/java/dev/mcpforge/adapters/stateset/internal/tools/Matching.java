package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.Filter;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.Sort;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Filtering and sorting of fetched entities for the search tools. */
final class Matching {

	private Matching() {
	}

	/** The value at a dotted path, e.g. {@code shipping_address.city}. */
	static JsonNode at(JsonNode entity, String path) {
		JsonNode node = entity;
		for (String part : path.split("\\.")) {
			node = node.path(part);
		}
		return node;
	}

	static boolean matches(JsonNode entity, Filter filter) {
		JsonNode actual = at(entity, filter.field());
		if (actual.isMissingNode() || actual.isNull()) {
			return false;
		}
		String expected = String.valueOf(filter.value());
		return switch (filter.operator()) {
			case EQ -> compare(actual, expected) == 0;
			case NE -> compare(actual, expected) != 0;
			case GT -> compare(actual, expected) > 0;
			case GTE -> compare(actual, expected) >= 0;
			case LT -> compare(actual, expected) < 0;
			case LTE -> compare(actual, expected) <= 0;
			case CONTAINS -> actual.toString().toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
		};
	}

	/** Numbers compare as numbers, everything else as text (ISO dates sort correctly as text). */
	static int compare(JsonNode actual, String expected) {
		if (actual.isNumber()) {
			try {
				return actual.decimalValue().compareTo(new BigDecimal(expected));
			} catch (NumberFormatException e) {
				// a number against text: fall through to text comparison
			}
		}
		return actual.asText().compareTo(expected);
	}

	static Comparator<JsonNode> order(List<Sort> sorts) {
		Comparator<JsonNode> order = (a, b) -> 0;
		for (Sort sort : sorts) {
			Comparator<JsonNode> byField = (a, b) -> {
				JsonNode x = at(a, sort.field());
				JsonNode y = at(b, sort.field());
				return x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
						: x.asText().compareTo(y.asText());
			};
			order = order.thenComparing("desc".equalsIgnoreCase(sort.order()) ? byField.reversed() : byField);
		}
		return order;
	}

	/** Whether an ISO date/timestamp lies in [start, end]; dates compare against the timestamp's date part. */
	static boolean inRange(String timestamp, String start, String end) {
		if (timestamp == null || timestamp.isEmpty()) {
			return start == null && end == null;
		}
		return (start == null || timestamp.compareTo(start) >= 0)
				&& (end == null || timestamp.substring(0, Math.min(end.length(), timestamp.length())).compareTo(end) <= 0);
	}

	/** Units of an inventory record free to sell: {@code quantity_available}, else on hand minus reserved. */
	static int available(JsonNode inventory) {
		if (inventory.has("quantity_available")) {
			return inventory.path("quantity_available").asInt();
		}
		return inventory.path("quantity_on_hand").asInt() - inventory.path("quantity_reserved").asInt();
	}
}
