package dev.mcpforge.adapters.stateset.internal.prompts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.core.upstream.UpstreamException;
import dev.mcpforge.core.upstream.UpstreamRequest;
import dev.mcpforge.server.PromptSpec;
import java.util.List;

/**
 * The server's prompts: the server instructions, and three workflows that fetch the entity they are about so the
 * model starts from its current state instead of guessing it.
 */
public final class StateSetPrompts {

	static final String INSTRUCTIONS = """
			You are operating a StateSet commerce account through its MCP tools (all named stateset_*).

			Tool groups:
			- Orders & returns: stateset_create_order, stateset_get_order, stateset_update_order_status, \
			stateset_cancel_order, stateset_create_rma, stateset_approve_return, stateset_restock_return.
			- Fulfilment & production: shipments (stateset_create_shipment, stateset_mark_shipment_shipped, \
			stateset_mark_shipment_delivered, stateset_track_shipment), fulfillment orders, work orders, bills of \
			materials, manufacturer orders and robotics QA (serials, components, test protocols, NCRs).
			- Inventory & products: stateset_get_low_stock, stateset_reserve_inventory, stateset_release_inventory, \
			products and variants, purchase orders and ASNs.
			- Financial: payments (stateset_refund_payment), invoices, cash sales.
			- Customers, carts, checkout and agentic checkout.
			- Search & batch: stateset_advanced_search, stateset_full_text_search, stateset_batch_operations, \
			stateset_csv_import; list tools take page and per_page.
			- Server: stateset_health_check, stateset_get_api_metrics, stateset_cache_stats.

			Best practices:
			- Validate ids before use: get the entity first, and act on what it says.
			- Statuses follow fixed transitions (an order can only ship once confirmed or processing; a return \
			needs a shipped or delivered order). When a tool answers with an error, read it: it says which \
			transition is not allowed.
			- Include detailed notes and reasons; they are kept in the audit trail.
			- Update statuses promptly, and prefer read-only tools when you only need to look.
			""";

	private StateSetPrompts() {
	}

	public static List<PromptSpec> prompts(StateSetApi api) {
		return List.of(
				PromptSpec.of("stateset-server-prompt", (args, ctx) -> INSTRUCTIONS
						+ args.get("focus").map(f -> "\nFocus on: " + f + "\n").orElse(""))
						.title("StateSet MCP server instructions")
						.description("How to use the StateSet tools well: the tool groups and best practices")
						.argument("focus", "Optional area to emphasise, e.g. returns or inventory", false),
				PromptSpec.of("process-return", (args, ctx) -> processReturn(api, args.require("rma_id"),
						args.get("refund").map(Boolean::parseBoolean).orElse(true)))
						.title("Process a return")
						.description("Walk a return (RMA) through approve → restock → refund, checking each step")
						.argument("rma_id", "The return to process, e.g. RMA-1", true)
						.argument("refund", "Refund the payment at the end: true (default) or false", false),
				PromptSpec.of("fulfil-order", (args, ctx) -> fulfilOrder(api, args.require("order_id")))
						.title("Fulfil an order")
						.description("Take an order from confirmed to delivered: shipment, ship, deliver")
						.argument("order_id", "The order to fulfil, e.g. ORD-2", true),
				PromptSpec.of("low-stock-review", (args, ctx) -> lowStock(api, args.get("threshold").orElse("10"),
						args.get("location_id").orElse(null)))
						.title("Review low stock")
						.description("Find low-stock items and replenish them: purchase order → ASN → receive")
						.argument("threshold", "Available quantity at or below which an item is low; default 10", false)
						.argument("location_id", "Only this location, e.g. WH-SFO", false));
	}

	private static String processReturn(StateSetApi api, String rmaId, boolean refund) {
		return """
				Process return %s. Its current state:
				%s
				Steps, checking the result of each before the next:
				1. If it is pending, approve it with stateset_approve_return (rma_id=%s).
				2. Once the goods are back, restock it with stateset_restock_return.
				3. %s
				4. Confirm with stateset_get_rma and summarise what changed, including amounts.
				If a step fails, stop and report the tool's error; do not retry a state change blindly.
				""".formatted(rmaId, current(api, "/rmas/" + rmaId), rmaId,
				refund ? "Find the order's payment with stateset_get_payments_by_order and refund the returned "
						+ "items with stateset_refund_payment, with the return reason as refund_reason."
						: "Do not refund; note in the summary that no refund was made.");
	}

	private static String fulfilOrder(StateSetApi api, String orderId) {
		return """
				Fulfil order %s. Its current state:
				%s
				Steps:
				1. If it is pending, confirm it with stateset_update_order_status (status=confirmed).
				2. Reserve its items with stateset_reserve_inventory where stock is tracked; stop if stock is short.
				3. Create a shipment with stateset_create_shipment (carrier tracking number, method, recipient).
				4. Mark it shipped with stateset_mark_shipment_shipped, then delivered with \
				stateset_mark_shipment_delivered when the carrier confirms.
				5. Confirm with stateset_get_order and summarise: status, shipment id, tracking number.
				""".formatted(orderId, current(api, "/orders/" + orderId));
	}

	private static String lowStock(StateSetApi api, String threshold, String locationId) {
		return """
				Review low stock (available at or below %s%s). Items now low:
				%s
				For each item:
				1. Decide a reorder quantity from its on-hand, reserved and recent sales (stateset_get_sales_metrics).
				2. Create a purchase order with stateset_create_purchase_order to the product's supplier \
				(stateset_list_suppliers), then approve it with stateset_approve_purchase_order.
				3. When the supplier ships, create an ASN with stateset_create_asn and mark it in transit.
				4. On arrival mark the ASN delivered and receive the purchase order with \
				stateset_receive_purchase_order; check the new stock with stateset_get_inventory.
				Summarise as a table: item, location, available before, ordered, purchase order id.
				""".formatted(threshold, locationId == null ? "" : " at " + locationId,
				current(api, UpstreamRequest.get("/inventory/low-stock").query("threshold", threshold)
						.query("location_id", locationId)));
	}

	private static String current(StateSetApi api, String path) {
		return current(api, UpstreamRequest.get(path));
	}

	/** The entity as JSON, or why it could not be read: the prompt still renders, and says so. */
	private static String current(StateSetApi api, UpstreamRequest request) {
		try {
			JsonNode data = api.call(request);
			return data.toPrettyString();
		} catch (UpstreamException e) {
			return "(could not be read: " + e.getMessage() + ")";
		}
	}
}
