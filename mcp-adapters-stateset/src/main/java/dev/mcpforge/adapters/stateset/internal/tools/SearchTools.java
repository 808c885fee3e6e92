package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.AdvancedSearch;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.DateRange;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.ExportFormat;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.ExportSearchResults;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.FullTextSearch;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.SavedSearch;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.SearchCustomerAnalytics;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.SearchOrdersByDate;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.SearchProductsWithInventory;
import dev.mcpforge.adapters.stateset.internal.args.SearchArgs.Searchable;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.ToolException;
import dev.mcpforge.core.upstream.UpstreamRequest;
import dev.mcpforge.server.ToolSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The search tools: list calls combined and filtered here, results kept for export under a {@code search_id}. */
public final class SearchTools {

	private static final ObjectMapper MAPPER = McpJson.newMapper();
	private static final String READ = ToolKind.SEARCH.category();

	private final StateSetApi api;
	private final SearchHistory history;

	public SearchTools(StateSetApi api, SearchHistory history) {
		this.api = api;
		this.history = history;
	}

	public List<ToolSpec> specs() {
		return List.of(
				Composite.spec("stateset_advanced_search", AdvancedSearch.class, this::advanced,
						"Search one entity list (orders, products, customers, inventory, rmas, invoices) by text, "
								+ "field filters (eq, ne, gt, gte, lt, lte, contains; dotted paths like "
								+ "shipping_address.city) and sort fields. Returns a page of hits and a search_id for export."),
				Composite.spec("stateset_search_orders_by_date", SearchOrdersByDate.class, this::ordersByDate,
						"Find orders created in a date range, optionally by status list, customer email and order "
								+ "total range. Returns a page of orders and a search_id for export."),
				Composite.spec("stateset_search_products_with_inventory", SearchProductsWithInventory.class,
						this::productsWithInventory,
						"Find products by text, category and price range together with their stock per location; "
								+ "optionally only in-stock products, a minimum stock, some locations, with variants."),
				Composite.spec("stateset_search_customer_analytics", SearchCustomerAnalytics.class,
						this::customerAnalytics,
						"Find customers with their order count and lifetime value, filtered by minimum value, "
								+ "minimum orders, order date range, tags and segment."),
				Composite.spec("stateset_full_text_search", FullTextSearch.class, this::fullText,
						"Search text across several entity lists at once (default: all of orders, products, "
								+ "customers, inventory, rmas, invoices); hits are grouped by list."),
				Composite.spec("stateset_export_search_results", ExportSearchResults.class, this::export,
						"Export the hits of an earlier search (by its search_id, kept one hour) as JSON or CSV text, "
								+ "optionally only some fields."),
				Composite.spec("stateset_saved_search", SavedSearch.class, this::saved,
						"Save, load, list or delete named searches (a search tool name and its arguments) for reuse "
								+ "in this server's lifetime."));
	}

	private ObjectNode advanced(AdvancedSearch a) {
		List<JsonNode> hits = Pages.all(api, a.resource().path(), a.query(), READ).stream()
				.filter(e -> a.filters() == null || a.filters().stream().allMatch(f -> Matching.matches(e, f)))
				.sorted(Matching.order(a.sort() == null ? List.of() : a.sort()))
				.toList();
		ObjectNode result = page(hits, a.page(), a.per_page());
		if (Boolean.TRUE.equals(a.include_aggregations())) {
			ObjectNode byStatus = result.putObject("aggregations").putObject("by_status");
			hits.stream().collect(Collectors.groupingBy(e -> e.path("status").asText("none"), Collectors.counting()))
					.forEach(byStatus::put);
		}
		return result;
	}

	private ObjectNode ordersByDate(SearchOrdersByDate a) {
		DateRange range = a.date_range() == null ? new DateRange(null, null) : a.date_range();
		Set<String> customerIds = a.customer_email() == null ? null
				: Pages.all(api, "/customers", a.customer_email(), READ).stream()
						.filter(c -> c.path("email").asText().equalsIgnoreCase(a.customer_email()))
						.map(c -> c.path("id").asText()).collect(Collectors.toSet());
		List<JsonNode> hits = Pages.all(api, "/orders", null, READ).stream()
				.filter(o -> Matching.inRange(o.path("created_at").asText(null), range.start(), range.end()))
				.filter(o -> a.status() == null || a.status().contains(o.path("status").asText()))
				.filter(o -> customerIds == null || customerIds.contains(o.path("customer_id").asText()))
				.filter(o -> within(o.path("total_amount"), a.min_total(), a.max_total()))
				.toList();
		return page(hits, a.page(), a.per_page());
	}

	private ObjectNode productsWithInventory(SearchProductsWithInventory a) {
		Map<String, List<JsonNode>> stock = Pages.all(api, "/inventory", null, READ).stream()
				.filter(i -> a.locations() == null || a.locations().contains(i.path("location_id").asText()))
				.collect(Collectors.groupingBy(i -> i.path("product_id").asText()));
		List<JsonNode> hits = new ArrayList<>();
		for (JsonNode product : Pages.all(api, "/products", a.query(), READ)) {
			if (a.categories() != null && !a.categories().contains(product.path("category").asText())) {
				continue;
			}
			BigDecimal min = a.price_range() == null ? null : a.price_range().min();
			BigDecimal max = a.price_range() == null ? null : a.price_range().max();
			if (!within(product.path("price"), min, max)) {
				continue;
			}
			List<JsonNode> levels = stock.getOrDefault(product.path("id").asText(), List.of());
			int available = levels.stream().mapToInt(Matching::available).sum();
			if (Boolean.TRUE.equals(a.in_stock_only()) && available <= 0
					|| a.min_stock() != null && available < a.min_stock()) {
				continue;
			}
			ObjectNode hit = ((ObjectNode) product).deepCopy();
			hit.put("available", available);
			hit.set("stock", MAPPER.valueToTree(levels));
			if (Boolean.TRUE.equals(a.include_variants())) {
				hit.set("variants", api.call(UpstreamRequest.get("/products/" + OperationTools.segment(product.path("id").asText())
						+ "/variants").category(READ)));
			}
			hits.add(hit);
		}
		return page(hits, 1, 100);
	}

	private ObjectNode customerAnalytics(SearchCustomerAnalytics a) {
		DateRange range = a.date_range() == null ? new DateRange(null, null) : a.date_range();
		Map<String, List<JsonNode>> orders = Pages.all(api, "/orders", null, READ).stream()
				.filter(o -> Matching.inRange(o.path("created_at").asText(null), range.start(), range.end()))
				.collect(Collectors.groupingBy(o -> o.path("customer_id").asText()));
		List<JsonNode> hits = new ArrayList<>();
		for (JsonNode customer : Pages.all(api, "/customers", a.query(), READ)) {
			List<JsonNode> own = orders.getOrDefault(customer.path("id").asText(), List.of());
			BigDecimal value = own.stream().filter(o -> !o.path("status").asText().equals("cancelled"))
					.map(o -> o.path("total_amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (a.min_orders() != null && own.size() < a.min_orders()
					|| a.min_lifetime_value() != null && value.compareTo(a.min_lifetime_value()) < 0
					|| a.segment() != null && !a.segment().equals(customer.path("segment").asText())
					|| a.tags() != null && a.tags().stream().noneMatch(t -> hasTag(customer, t))) {
				continue;
			}
			ObjectNode hit = ((ObjectNode) customer).deepCopy();
			if (!Boolean.FALSE.equals(a.include_metrics())) {
				ObjectNode metrics = hit.putObject("metrics");
				metrics.put("order_count", own.size());
				metrics.put("lifetime_value", value);
				metrics.put("average_order_value", own.isEmpty() ? BigDecimal.ZERO
						: value.divide(BigDecimal.valueOf(own.size()), 2, java.math.RoundingMode.HALF_UP));
			}
			hits.add(hit);
		}
		return page(hits, 1, 100);
	}

	private ObjectNode fullText(FullTextSearch a) {
		List<Searchable> lists = a.resources() == null || a.resources().isEmpty() ? Arrays.asList(Searchable.values())
				: a.resources();
		int limit = a.limit() == null ? 10 : a.limit();
		ObjectNode result = MAPPER.createObjectNode();
		ObjectNode groups = result.putObject("results");
		List<JsonNode> all = new ArrayList<>();
		for (Searchable list : new LinkedHashSet<>(lists)) {
			JsonNode page = api.call(UpstreamRequest.get(list.path()).query("search", a.query()).query("limit", limit)
					.category(READ));
			ArrayNode hits = groups.putArray(list.path().substring(1));
			for (JsonNode hit : Pages.items(page)) {
				ObjectNode h = ((ObjectNode) hit).deepCopy();
				if (Boolean.TRUE.equals(a.highlight())) {
					h.put("highlight", snippet(hit, a.query()));
				}
				hits.add(h);
				all.add(h);
			}
		}
		result.put("total", all.size());
		result.put("search_id", history.remember(all));
		return result;
	}

	private JsonNode export(ExportSearchResults a) {
		List<JsonNode> hits = history.results(a.search_id()).orElseThrow(() -> new ToolException(
				"No search results under " + a.search_id() + "; they are kept one hour. Run the search again."));
		List<String> fields = a.fields() == null || a.fields().isEmpty() ? scalarFields(hits) : a.fields();
		ObjectNode result = MAPPER.createObjectNode();
		result.put("search_id", a.search_id());
		result.put("count", hits.size());
		if (a.format() == ExportFormat.CSV) {
			result.put("format", "csv");
			result.put("content", Csv.write(fields, hits));
		} else {
			result.put("format", "json");
			ArrayNode rows = result.putArray("content");
			for (JsonNode hit : hits) {
				ObjectNode row = rows.addObject();
				fields.forEach(f -> row.set(f, Matching.at(hit, f).isMissingNode() ? null : Matching.at(hit, f)));
			}
		}
		return result;
	}

	private JsonNode saved(SavedSearch a) {
		ObjectNode result = MAPPER.createObjectNode();
		switch (a.action()) {
			case LIST -> result.set("saved_searches", MAPPER.valueToTree(history.saved()));
			case SAVE -> {
				if (a.search_params() == null) {
					throw new ToolException("save needs search_params: the search tool name and its arguments");
				}
				history.save(requireName(a), a.search_params());
				result.put("saved", a.name());
			}
			case LOAD -> result.set("search_params", MAPPER.valueToTree(history.load(requireName(a))
					.orElseThrow(() -> new ToolException("No saved search named " + a.name()))));
			case DELETE -> result.put("deleted", history.delete(requireName(a)));
		}
		return result;
	}

	private static String requireName(SavedSearch a) {
		if (a.name() == null || a.name().isBlank()) {
			throw new ToolException(a.action().name().toLowerCase(Locale.ROOT) + " needs a name");
		}
		return a.name();
	}

	/** One page of locally filtered hits, and the whole hit list remembered for export. */
	private ObjectNode page(List<JsonNode> hits, Integer page, Integer perPage) {
		int p = page == null ? 1 : page;
		int size = perPage == null ? 20 : perPage;
		ObjectNode result = MAPPER.createObjectNode();
		result.set("items", MAPPER.valueToTree(hits.stream().skip((long) (p - 1) * size).limit(size).toList()));
		result.put("total", hits.size());
		result.put("page", p);
		result.put("per_page", size);
		result.put("total_pages", Math.max(1, (hits.size() + size - 1) / size));
		result.put("search_id", history.remember(hits));
		return result;
	}

	private static boolean within(JsonNode value, BigDecimal min, BigDecimal max) {
		if (min == null && max == null) {
			return true;
		}
		if (!value.isNumber()) {
			return false;
		}
		BigDecimal v = value.decimalValue();
		return (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
	}

	private static boolean hasTag(JsonNode customer, String tag) {
		for (JsonNode t : customer.path("tags")) {
			if (t.asText().equalsIgnoreCase(tag)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> scalarFields(List<JsonNode> hits) {
		Set<String> fields = new LinkedHashSet<>();
		hits.forEach(h -> h.properties().forEach(e -> {
			if (e.getValue().isValueNode()) {
				fields.add(e.getKey());
			}
		}));
		return new ArrayList<>(fields);
	}

	private static String snippet(JsonNode hit, String query) {
		Map<String, String> texts = new HashMap<>();
		hit.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
		String q = query.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> e : texts.entrySet()) {
			int at = e.getValue().toLowerCase(Locale.ROOT).indexOf(q);
			if (at >= 0) {
				String v = e.getValue();
				return e.getKey() + ": " + v.substring(0, at) + "**" + v.substring(at, at + q.length()) + "**"
						+ v.substring(at + q.length());
			}
		}
		return "";
	}
}
