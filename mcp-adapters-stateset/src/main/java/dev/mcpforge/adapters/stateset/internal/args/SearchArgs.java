package dev.mcpforge.adapters.stateset.internal.args;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpforge.core.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Argument records of the search tools, which combine list calls and filter their pages. */
public final class SearchArgs {

	private SearchArgs() {
	}

	/** The entity lists the search tools can read. */
	public enum Searchable {
		@JsonProperty("orders") ORDERS, @JsonProperty("products") PRODUCTS, @JsonProperty("customers") CUSTOMERS,
		@JsonProperty("inventory") INVENTORY, @JsonProperty("rmas") RMAS, @JsonProperty("invoices") INVOICES;

		public String path() {
			return "/" + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public enum Operator {
		@JsonProperty("eq") EQ, @JsonProperty("ne") NE, @JsonProperty("gt") GT, @JsonProperty("gte") GTE,
		@JsonProperty("lt") LT, @JsonProperty("lte") LTE, @JsonProperty("contains") CONTAINS
	}

	public record Filter(@NotBlank String field, @NotNull Operator operator, @NotNull Object value) {
	}

	public record Sort(@NotBlank String field, @Description("asc or desc; default asc") String order) {
	}

	public record DateRange(@Description("ISO-8601 date or timestamp, inclusive") String start,
			@Description("ISO-8601 date or timestamp, inclusive") String end) {
	}

	public record PriceRange(@PositiveOrZero BigDecimal min, @PositiveOrZero BigDecimal max) {
	}

	public record AdvancedSearch(@NotNull Searchable resource,
			@Description("Text matched against every field") String query,
			@Valid List<Filter> filters, @Valid List<Sort> sort,
			@Min(1) Integer page, @Min(1) @Max(100) Integer per_page,
			@Description("Add counts per status to the result") Boolean include_aggregations) {
	}

	public record SearchOrdersByDate(@Valid DateRange date_range, List<String> status, String customer_email,
			@PositiveOrZero BigDecimal min_total, @PositiveOrZero BigDecimal max_total,
			@Min(1) Integer page, @Min(1) @Max(100) Integer per_page) {
	}

	public record SearchProductsWithInventory(String query, List<String> categories, @Valid PriceRange price_range,
			Boolean in_stock_only, @PositiveOrZero Integer min_stock, List<String> locations,
			Boolean include_variants) {
	}

	public record SearchCustomerAnalytics(String query, @PositiveOrZero BigDecimal min_lifetime_value,
			@PositiveOrZero Integer min_orders, @Valid DateRange date_range, List<String> tags, String segment,
			Boolean include_metrics) {
	}

	public record FullTextSearch(@NotBlank String query,
			@Description("Which lists to search; default all") List<Searchable> resources,
			@Description("Hits per resource, default 10") @Min(1) @Max(100) Integer limit,
			@Description("Mark the matched text with **...** in a snippet") Boolean highlight) {
	}

	public enum ExportFormat {
		@JsonProperty("json") JSON, @JsonProperty("csv") CSV
	}

	public record ExportSearchResults(
			@Description("The search_id a search tool returned") @NotBlank String search_id,
			@Description("json (default) or csv") ExportFormat format,
			@Description("Columns to export; default all top-level fields") List<String> fields) {
	}

	public enum SavedSearchAction {
		@JsonProperty("save") SAVE, @JsonProperty("load") LOAD, @JsonProperty("list") LIST,
		@JsonProperty("delete") DELETE
	}

	public record SavedSearch(@NotNull SavedSearchAction action,
			@Description("Name of the saved search; needed except for list") String name,
			@Description("The search to save: the tool name and its arguments") Map<String, Object> search_params) {
	}
}
