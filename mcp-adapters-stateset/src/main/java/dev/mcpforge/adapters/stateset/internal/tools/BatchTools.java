package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpforge.adapters.stateset.internal.args.BatchArgs.BatchCreateOrders;
import dev.mcpforge.adapters.stateset.internal.args.BatchArgs.BatchOperation;
import dev.mcpforge.adapters.stateset.internal.args.BatchArgs.BatchOperations;
import dev.mcpforge.adapters.stateset.internal.args.BatchArgs.BatchUpdateInventory;
import dev.mcpforge.adapters.stateset.internal.args.BatchArgs.CsvImport;
import dev.mcpforge.adapters.stateset.internal.args.BatchArgs.InventoryUpdate;
import dev.mcpforge.adapters.stateset.internal.args.BatchArgs.OperationType;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.ToolException;
import dev.mcpforge.core.upstream.UpstreamRequest;
import dev.mcpforge.server.ToolSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The batch tools: one request fanned out into many API calls. Every item gets its own outcome, so a partial failure
 * tells the model exactly which items to fix; nothing is rolled back (StateSet has no transactions).
 */
public final class BatchTools {

	private static final ObjectMapper MAPPER = McpJson.newMapper();
	private static final Pattern ENTITY_PATH = Pattern.compile("[a-z][a-z0-9_-]*(/[a-z][a-z0-9_-]*)?");
	private static final String BATCH = ToolKind.BATCH.category();

	private final StateSetApi api;
	private final ExecutorService executor;
	private final Path importDirectory;

	/**
	 * @param executor        runs parallel batches; bounded, so one batch cannot flood the API
	 * @param importDirectory where {@code stateset_csv_import} may read files from, or {@code null} to allow inline
	 *                        CSV only
	 */
	public BatchTools(StateSetApi api, ExecutorService executor, Path importDirectory) {
		this.api = api;
		this.executor = executor;
		this.importDirectory = importDirectory;
	}

	public List<ToolSpec> specs() {
		return List.of(
				Composite.spec("stateset_batch_operations", BatchOperations.class, this::operations,
						"Run up to 100 create/update/delete operations on any entity list in one call, in order or "
								+ "in parallel. Each operation reports success with the entity, or its error."),
				Composite.spec("stateset_batch_create_orders", BatchCreateOrders.class, this::createOrders,
						"Create up to 100 orders in one call (each like stateset_create_order). Each order reports "
								+ "its new id or its error."),
				Composite.spec("stateset_batch_update_inventory", BatchUpdateInventory.class, this::updateInventory,
						"Set the quantity on hand (and location or reason) of up to 100 inventory items in one call."),
				Composite.spec("stateset_csv_import", CsvImport.class, this::csvImport,
						"Create one entity per CSV row (customers, products, inventory, suppliers, ...) from CSV "
								+ "text, or from a file in the server's import directory. dry_run reports what would "
								+ "be created."));
	}

	private ObjectNode operations(BatchOperations a) {
		boolean parallel = a.options() != null && Boolean.TRUE.equals(a.options().parallel());
		boolean stopOnError = a.options() != null && Boolean.TRUE.equals(a.options().stop_on_error());
		List<Supplier<JsonNode>> calls = a.operations().stream().map(op -> (Supplier<JsonNode>) () -> api
				.call(request(op))).toList();
		return run(calls, parallel, stopOnError);
	}

	private UpstreamRequest request(BatchOperation op) {
		if (!ENTITY_PATH.matcher(op.resource()).matches()) {
			throw new ToolException("resource must be an entity path like orders or manufacturing/ncrs, got "
					+ op.resource());
		}
		String base = "/" + op.resource();
		return switch (op.type()) {
			case CREATE -> UpstreamRequest.post(base, data(op)).category(BATCH);
			case UPDATE -> UpstreamRequest.patch(base + "/" + requireId(op), data(op)).category(BATCH);
			case DELETE -> UpstreamRequest.delete(base + "/" + requireId(op)).category(BATCH);
		};
	}

	private static Map<String, Object> data(BatchOperation op) {
		return op.data() == null ? Map.of() : op.data();
	}

	private static String requireId(BatchOperation op) {
		if (op.id() == null || op.id().isBlank()) {
			throw new ToolException(op.type().name().toLowerCase(Locale.ROOT) + " of " + op.resource()
					+ " needs an id");
		}
		return OperationTools.segment(op.id());
	}

	private ObjectNode createOrders(BatchCreateOrders a) {
		List<Supplier<JsonNode>> calls = a.orders().stream().map(order -> (Supplier<JsonNode>) () -> api
				.call(UpstreamRequest.post("/orders", order).category(BATCH))).toList();
		return run(calls, Boolean.TRUE.equals(a.parallel()), false);
	}

	private ObjectNode updateInventory(BatchUpdateInventory a) {
		List<Supplier<JsonNode>> calls = new ArrayList<>();
		for (InventoryUpdate u : a.updates()) {
			Map<String, Object> body = new LinkedHashMap<>();
			putIfPresent(body, "quantity_on_hand", u.quantity());
			putIfPresent(body, "location_id", u.location_id());
			putIfPresent(body, "reason", u.reason());
			calls.add(() -> api.call(UpstreamRequest.patch("/inventory/" + OperationTools.segment(u.inventory_id()), body)
					.category(BATCH)));
		}
		return run(calls, false, false);
	}

	private ObjectNode csvImport(CsvImport a) {
		String text = csvText(a);
		List<Map<String, String>> rows = Csv.rows(text, a.max_rows() == null ? 1000 : a.max_rows());
		List<Map<String, Object>> entities = rows.stream().map(row -> mapRow(row, a.mapping())).toList();
		if (Boolean.TRUE.equals(a.dry_run())) {
			ObjectNode result = MAPPER.createObjectNode();
			result.put("dry_run", true);
			result.put("rows", entities.size());
			result.set("would_create", MAPPER.valueToTree(entities));
			return result;
		}
		BatchOperations asBatch = new BatchOperations(entities.stream()
				.map(e -> new BatchOperation(OperationType.CREATE, a.resource_type(), null, e))
				.toList(), null);
		return operations(asBatch);
	}

	private String csvText(CsvImport a) {
		if (a.csv() != null && !a.csv().isBlank()) {
			return a.csv();
		}
		if (a.file_path() == null || a.file_path().isBlank()) {
			throw new ToolException("Pass the CSV text in csv, or a file_path inside the import directory");
		}
		if (importDirectory == null) {
			throw new ToolException("Reading files is off: this server has no import directory (STATESET_IMPORT_DIR)."
					+ " Pass the CSV text in csv instead.");
		}
		Path file = importDirectory.resolve(a.file_path()).normalize();
		if (!file.startsWith(importDirectory)) {
			throw new ToolException("file_path must stay inside the import directory");
		}
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new ToolException("Cannot read " + a.file_path() + " from the import directory: "
					+ e.getClass().getSimpleName());
		}
	}

	private static Map<String, Object> mapRow(Map<String, String> row, Map<String, String> mapping) {
		Map<String, Object> entity = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (value != null && !value.isEmpty()) {
				entity.put(mapping == null ? column : mapping.getOrDefault(column, column), value);
			}
		});
		return entity;
	}

	/** Runs the calls (in parallel on the bounded executor, or in order) and reports each outcome. */
	private ObjectNode run(List<Supplier<JsonNode>> calls, boolean parallel, boolean stopOnError) {
		List<ObjectNode> outcomes = new ArrayList<>();
		if (parallel) {
			List<CompletableFuture<ObjectNode>> futures = calls.stream()
					.map(c -> CompletableFuture.supplyAsync(() -> outcome(c), executor)).toList();
			futures.forEach(f -> outcomes.add(f.join()));
		} else {
			for (Supplier<JsonNode> call : calls) {
				ObjectNode o = outcome(call);
				outcomes.add(o);
				if (stopOnError && !o.path("success").asBoolean()) {
					break;
				}
			}
		}
		ObjectNode result = MAPPER.createObjectNode();
		long succeeded = outcomes.stream().filter(o -> o.path("success").asBoolean()).count();
		result.put("total", calls.size());
		result.put("succeeded", succeeded);
		result.put("failed", outcomes.size() - succeeded);
		result.put("skipped", calls.size() - outcomes.size());
		for (int i = 0; i < outcomes.size(); i++) {
			outcomes.get(i).put("index", i);
		}
		result.set("results", MAPPER.valueToTree(outcomes));
		return result;
	}

	private static ObjectNode outcome(Supplier<JsonNode> call) {
		ObjectNode o = MAPPER.createObjectNode();
		try {
			o.put("success", true);
			o.set("data", call.get());
		} catch (ToolException e) {
			o.put("success", false);
			o.remove("data");
			o.put("error", e.getMessage());
		}
		return o;
	}

	private static void putIfPresent(Map<String, Object> body, String field, Object value) {
		if (value != null) {
			body.put(field, value);
		}
	}
}
