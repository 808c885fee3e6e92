package dev.mcpforge.adapters.stateset.internal.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.adapters.stateset.internal.tools.OperationTools;
import dev.mcpforge.core.upstream.UpstreamRequest;
import dev.mcpforge.server.ResourceTemplateSpec;
import java.util.ArrayList;
import java.util.List;

/** The 18 {@code stateset-<entity>:///{id}} resource templates: each read is a GET of the entity, as JSON. */
public final class StateSetResources {

	/** One template: URI scheme, id variable, API path, display name, an example id (as the sandbox numbers them). */
	private record Kind(String scheme, String variable, String path, String title, String exampleId) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("stateset-order", "orderId", "/orders", "Order", "ORD-1"),
			new Kind("stateset-rma", "rmaId", "/rmas", "Return (RMA)", "RMA-1"),
			new Kind("stateset-warranty", "warrantyId", "/warranties", "Warranty", "WAR-1"),
			new Kind("stateset-shipment", "shipmentId", "/shipments", "Shipment", "SHP-1"),
			new Kind("stateset-product", "productId", "/products", "Product", "PRD-1"),
			new Kind("stateset-inventory", "inventoryId", "/inventory", "Inventory item", "INV-1"),
			new Kind("stateset-customer", "customerId", "/customers", "Customer", "CUS-1"),
			new Kind("stateset-sales-order", "salesOrderId", "/sales-orders", "Sales order", "SO-1"),
			new Kind("stateset-purchase-order", "purchaseOrderId", "/purchase-orders", "Purchase order", "PO-1"),
			new Kind("stateset-invoice", "invoiceId", "/invoices", "Invoice", "INVC-1"),
			new Kind("stateset-payment", "paymentId", "/payments", "Payment", "PAY-1"),
			new Kind("stateset-bill-of-materials", "billOfMaterialsId", "/bill-of-materials", "Bill of materials", "BOM-1"),
			new Kind("stateset-work-order", "workOrderId", "/work-orders", "Work order", "WO-1"),
			new Kind("stateset-manufacturer-order", "manufacturerOrderId", "/manufacturer-orders",
					"Manufacturer order", "MO-1"),
			new Kind("stateset-asn", "asnId", "/asns", "Advance shipping notice", "ASN-1"),
			new Kind("stateset-fulfillment-order", "fulfillmentOrderId", "/fulfillment-orders", "Fulfillment order", "FO-1"),
			new Kind("stateset-item-receipt", "itemReceiptId", "/item-receipts", "Item receipt", "IR-1"),
			new Kind("stateset-cash-sale", "cashSaleId", "/cash-sales", "Cash sale", "CS-1"));

	private StateSetResources() {
	}

	public static List<ResourceTemplateSpec> templates(StateSetApi api) {
		List<ResourceTemplateSpec> specs = new ArrayList<>();
		for (Kind kind : KINDS) {
			specs.add(ResourceTemplateSpec
					.of(kind.scheme() + ":///{" + kind.variable() + "}", kind.scheme(),
							(request, ctx) -> api.get(kind.path() + "/"
									+ OperationTools.segment(request.variables().get(kind.variable()))))
					.title(kind.title())
					.description(kind.title() + " by id, as StateSet returns it, e.g. " + kind.scheme() + ":///"
							+ kind.exampleId())
					.mimeType("application/json")
					.complete(kind.variable(), (prefix, resolved) -> ids(api, kind.path(), prefix)));
		}
		return specs;
	}

	/** Ids starting with what the user typed, from the first page of the list. */
	private static List<String> ids(StateSetApi api, String path, String prefix) {
		JsonNode page = api.call(UpstreamRequest.get(path).query("limit", 100));
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> {
			String id = item.path("id").asText();
			if (id.startsWith(prefix == null ? "" : prefix)) {
				ids.add(id);
			}
		});
		return ids;
	}
}
