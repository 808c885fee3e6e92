package dev.mcpforge.adapters.stateset.internal.args;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpforge.adapters.stateset.internal.args.CommerceArgs.CreateOrder;
import dev.mcpforge.core.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Argument records of the batch tools, which fan one request out into many API calls. */
public final class BatchArgs {

	/** Most operations one batch call may carry. */
	public static final int MAX_BATCH = 100;

	private BatchArgs() {
	}

	public enum OperationType {
		@JsonProperty("create") CREATE, @JsonProperty("update") UPDATE, @JsonProperty("delete") DELETE
	}

	public record BatchOperation(@NotNull OperationType type,
			@Description("The entity path, e.g. orders, customers, purchase-orders") @NotBlank String resource,
			@Description("The entity id; needed for update and delete") String id,
			@Description("The fields to create or update") Map<String, Object> data) {
	}

	public record BatchOptions(@Description("Run operations concurrently") Boolean parallel,
			@Description("Stop at the first failure (sequential runs only)") Boolean stop_on_error) {
	}

	public record BatchOperations(@NotEmpty @Size(max = MAX_BATCH) @Valid List<BatchOperation> operations,
			@Valid BatchOptions options) {
	}

	public record BatchCreateOrders(@NotEmpty @Size(max = MAX_BATCH) @Valid List<CreateOrder> orders,
			Boolean parallel) {
	}

	public record InventoryUpdate(@NotBlank String inventory_id,
			@Description("New quantity on hand") @PositiveOrZero Integer quantity, String location_id, String reason) {
	}

	public record BatchUpdateInventory(@NotEmpty @Size(max = MAX_BATCH) @Valid List<InventoryUpdate> updates) {
	}

	public record CsvImport(@Description("The entity path rows are created in, e.g. customers, products")
			@NotBlank String resource_type,
			@Description("CSV text with a header row") String csv,
			@Description("A CSV file inside the configured import directory (STATESET_IMPORT_DIR)") String file_path,
			@Description("CSV column → field name; unmapped columns keep their header as field name")
			Map<String, String> mapping,
			@Description("Validate and report without creating anything") Boolean dry_run,
			@Min(1) @Max(1000) Integer max_rows) {
	}
}
