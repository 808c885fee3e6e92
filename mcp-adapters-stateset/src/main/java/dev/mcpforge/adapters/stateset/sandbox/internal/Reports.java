package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Read-only views computed from the store: {@code /reports/*} and {@code /analytics/*}. Date filters
 * ({@code from_date}, {@code to_date}, ISO dates, inclusive) apply to {@code created_at}; a {@code status} filter to orders and returns.
 */
final class Reports {

	static final Map<String, CollectionHook> ROUTES = Map.of(
			"reports/orders", Reports::orders,
			"reports/returns", Reports::returns,
			"reports/inventory", Reports::inventory,
			"analytics/dashboard", Reports::dashboard,
			"analytics/sales", Reports::sales,
			"analytics/sales/trends", Reports::salesTrends,
			"analytics/inventory", Reports::inventory,
			"analytics/shipments", (store, params, body) -> countByStatus(store, "shipments", params),
			"analytics/carts", (store, params, body) -> countByStatus(store, "carts", params));

	private Reports() {
	}

	private static JsonNode orders(EntityStore store, Map<String, String> params, ObjectNode body) {
		List<ObjectNode> orders = filtered(store, "orders", params);
		ObjectNode out = countByStatus(store, orders);
		out.put("total_revenue", revenue(orders));
		return out;
	}

	private static JsonNode returns(EntityStore store, Map<String, String> params, ObjectNode body) {
		return countByStatus(store, filtered(store, "returns", params));
	}

	private static JsonNode inventory(EntityStore store, Map<String, String> params, ObjectNode body) {
		int threshold;
		try {
			threshold = Integer.parseInt(params.getOrDefault("low_stock_threshold", "10"));
		} catch (NumberFormatException e) {
			throw ApiException.badRequest("low_stock_threshold must be an integer");
		}
		String location = params.get("location_id");
		boolean includeZero = !"false".equalsIgnoreCase(params.get("include_zero_stock"));
		List<ObjectNode> items = store.list("inventory").stream()
				.filter(i -> location == null || i.path("location_id").asText().equals(location))
				.filter(i -> includeZero || i.path("quantity_on_hand").asInt() > 0)
				.collect(Collectors.toList());
		ObjectNode out = store.mapper().createObjectNode();
		out.put("total_items", items.size());
		out.put("total_on_hand", items.stream().mapToLong(i -> i.path("quantity_on_hand").asLong()).sum());
		out.put("total_reserved", items.stream().mapToLong(i -> i.path("quantity_reserved").asLong()).sum());
		out.set("low_stock", store.mapper().valueToTree(items.stream()
				.filter(i -> i.path("quantity_available").asInt() <= threshold).map(i -> i.path("id").asText()).toList()));
		out.put("out_of_stock", items.stream().filter(i -> i.path("quantity_on_hand").asInt() == 0).count());
		return out;
	}

	private static JsonNode dashboard(EntityStore store, Map<String, String> params, ObjectNode body) {
		ObjectNode out = store.mapper().createObjectNode();
		for (String family : List.of("orders", "customers", "products", "returns", "shipments")) {
			out.put("total_" + family, store.count(family));
		}
		out.put("total_revenue", revenue(store.list("orders")));
		out.set("orders_by_status", countByStatus(store, store.list("orders")).get("by_status"));
		return out;
	}

	private static JsonNode sales(EntityStore store, Map<String, String> params, ObjectNode body) {
		List<ObjectNode> orders = filtered(store, "orders", params);
		BigDecimal revenue = revenue(orders);
		ObjectNode out = store.mapper().createObjectNode();
		out.put("order_count", orders.size());
		out.put("revenue", revenue);
		out.put("average_order_value", orders.isEmpty() ? BigDecimal.ZERO
				: revenue.divide(BigDecimal.valueOf(orders.size()), 2, java.math.RoundingMode.HALF_UP));
		return out;
	}

	private static JsonNode salesTrends(EntityStore store, Map<String, String> params, ObjectNode body) {
		Map<String, BigDecimal> byDay = new TreeMap<>();
		for (ObjectNode o : filtered(store, "orders", params)) {
			byDay.merge(o.path("created_at").asText().substring(0, 10), amount(o), BigDecimal::add);
		}
		var out = store.mapper().createArrayNode();
		byDay.forEach((day, revenue) -> out.addObject().put("period", day).put("revenue", revenue));
		return out;
	}

	private static ObjectNode countByStatus(EntityStore store, String family, Map<String, String> params) {
		return countByStatus(store, filtered(store, family, params));
	}

	private static ObjectNode countByStatus(EntityStore store, List<ObjectNode> entities) {
		ObjectNode out = store.mapper().createObjectNode();
		out.put("total", entities.size());
		ObjectNode byStatus = out.putObject("by_status");
		new TreeMap<>(entities.stream().collect(Collectors.groupingBy(e -> e.path("status").asText(), Collectors.counting())))
				.forEach(byStatus::put);
		return out;
	}

	/** Applies from_date/to_date to created_at and, for families with statuses, the status parameter. */
	private static List<ObjectNode> filtered(EntityStore store, String family, Map<String, String> params) {
		String from = params.get("from_date");
		String to = params.get("to_date");
		String status = params.get("status");
		return store.list(family).stream()
				.filter(e -> from == null || e.path("created_at").asText().compareTo(from) >= 0)
				.filter(e -> to == null || e.path("created_at").asText().substring(0, Math.min(10, e.path("created_at").asText().length()))
						.compareTo(to) <= 0)
				.filter(e -> status == null || e.path("status").asText().equals(status))
				.collect(Collectors.toList());
	}

	private static BigDecimal revenue(List<ObjectNode> orders) {
		return orders.stream().filter(o -> !o.path("status").asText().equals("cancelled"))
				.map(Reports::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal amount(ObjectNode order) {
		JsonNode a = order.get("total_amount");
		return a != null && a.isNumber() ? a.decimalValue() : BigDecimal.ZERO;
	}
}
