package dev.mcpforge.adapters.stateset.internal.catalogue;

import static dev.mcpforge.adapters.stateset.internal.tools.Operation.delete;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.get;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.patch;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.post;
import static dev.mcpforge.adapters.stateset.internal.tools.Operation.put;

import dev.mcpforge.adapters.stateset.internal.args.CommerceArgs.*;
import dev.mcpforge.adapters.stateset.internal.args.ManufacturingArgs.*;
import dev.mcpforge.adapters.stateset.internal.args.PlatformArgs.*;
import dev.mcpforge.adapters.stateset.internal.args.SupplyChainArgs.*;
import dev.mcpforge.adapters.stateset.internal.tools.Operation;
import java.util.List;

/** The inventory, products, sales/fulfillment/purchase orders, ASNs, receipts, cash sales and suppliers tools: one row per tool, one HTTP call each (domains.md §1.3). */
final class SupplyChainCatalogue {

	private SupplyChainCatalogue() {
	}

	static List<Operation> operations() {
		return List.of(
				// ---- Inventory ----
				post("stateset_create_inventory", "/inventory", CreateInventory.class,
						"Create an inventory item: an item number stocked at a location with its quantity on hand."),
				patch("stateset_update_inventory", "/inventory/{inventory_id}", UpdateInventory.class,
						"Update an inventory item, e.g. set the quantity on hand at a location after a count."),
				post("stateset_reserve_inventory", "/inventory/{inventory_id}/reserve", ReserveInventory.class,
						"Reserve a quantity of an inventory item for an order or other reference; fails if not enough is available."),
				post("stateset_release_inventory", "/inventory/{inventory_id}/release", ReleaseInventory.class,
						"Release a previous reservation so the quantity is available again."),
				get("stateset_get_low_stock", "/inventory/low-stock", GetLowStock.class,
						"List inventory items whose available quantity is at or below a threshold, optionally at one location."),
				delete("stateset_delete_inventory", "/inventory/{inventory_id}", InventoryId.class,
						"Delete an inventory item by id. Cannot be undone."),
				get("stateset_get_inventory", "/inventory/{inventory_id}", InventoryId.class,
						"Get an inventory item by id."),
				get("stateset_list_inventories", "/inventory", Page.class,
						"List inventory items, page by page (page starts at 1, per_page up to 100)."),
				get("stateset_get_inventory_report", "/reports/inventory", GetInventoryReport.class,
						"Stock report per item and location, with low-stock flags."),
				// ---- Products & Variants ----
				post("stateset_create_product", "/products", CreateProduct.class,
						"Create a product with name, SKU and price."),
				patch("stateset_update_product", "/products/{product_id}", UpdateProduct.class,
						"Update a product by id; only the fields you pass change."),
				get("stateset_get_product_variants", "/products/{product_id}/variants", ProductId.class,
						"List the variants (sizes, colours, ...) of a product."),
				post("stateset_create_product_variant", "/products/{product_id}/variants", CreateProductVariant.class,
						"Add a variant to a product, with its own SKU and price."),
				put("stateset_update_product_variant_price", "/products/variants/{variant_id}/price", UpdateProductVariantPrice.class,
						"Change the price of one product variant."),
				delete("stateset_delete_product_variant", "/products/variants/{variant_id}", VariantId.class,
						"Delete a product variant. Cannot be undone."),
				delete("stateset_delete_product", "/products/{product_id}", ProductId.class,
						"Delete a product by id. Cannot be undone."),
				get("stateset_get_product", "/products/{product_id}", ProductId.class,
						"Get a product by id."),
				get("stateset_list_products", "/products", Page.class,
						"List products, page by page (page starts at 1, per_page up to 100)."),
				post("stateset_record_production_metrics", "/manufacturing/production-metrics", RecordProductionMetrics.class,
						"Record the metrics of a production line for one shift (output, scrap, downtime, ...)."),
				get("stateset_get_production_metrics", "/manufacturing/production-metrics", GetProductionMetrics.class,
						"Get recorded production metrics, optionally for one line and a date range."),
				// ---- Sales Orders ----
				post("stateset_create_sales_order", "/sales-orders", CreateSalesOrder.class,
						"Create a sales order for a customer with items and a shipping address."),
				patch("stateset_update_sales_order", "/sales-orders/{sales_order_id}", UpdateSalesOrder.class,
						"Update a sales order by id; only the fields you pass change."),
				delete("stateset_delete_sales_order", "/sales-orders/{sales_order_id}", SalesOrderId.class,
						"Delete a sales order by id. Cannot be undone."),
				get("stateset_get_sales_order", "/sales-orders/{sales_order_id}", SalesOrderId.class,
						"Get a sales order by id."),
				get("stateset_list_sales_orders", "/sales-orders", Page.class,
						"List sales orders, page by page (page starts at 1, per_page up to 100)."),
				// ---- Fulfillment Orders ----
				post("stateset_create_fulfillment_order", "/fulfillment-orders", CreateFulfillmentOrder.class,
						"Create a fulfillment order: pick, pack and ship the items of an order with a carrier."),
				patch("stateset_update_fulfillment_order", "/fulfillment-orders/{fulfillment_order_id}", UpdateFulfillmentOrder.class,
						"Update a fulfillment order by id; only the fields you pass change."),
				delete("stateset_delete_fulfillment_order", "/fulfillment-orders/{fulfillment_order_id}", FulfillmentOrderId.class,
						"Delete a fulfillment order by id. Cannot be undone."),
				get("stateset_get_fulfillment_order", "/fulfillment-orders/{fulfillment_order_id}", FulfillmentOrderId.class,
						"Get a fulfillment order by id."),
				get("stateset_list_fulfillment_orders", "/fulfillment-orders", Page.class,
						"List fulfillment orders, page by page (page starts at 1, per_page up to 100)."),
				// ---- Purchase Orders ----
				post("stateset_create_purchase_order", "/purchase-orders", CreatePurchaseOrder.class,
						"Create a purchase order to a vendor for items delivered to a shipping address."),
				patch("stateset_update_purchase_order", "/purchase-orders/{purchase_order_id}", UpdatePurchaseOrder.class,
						"Update a purchase order by id; only the fields you pass change."),
				post("stateset_approve_purchase_order", "/purchase-orders/{purchase_order_id}/approve", PurchaseOrderId.class,
						"Approve a purchase order so it can be sent to the vendor."),
				post("stateset_cancel_purchase_order", "/purchase-orders/{purchase_order_id}/cancel", CancelPurchaseOrder.class,
						"Cancel a purchase order that has not been received."),
				post("stateset_receive_purchase_order", "/purchase-orders/{purchase_order_id}/receive", ReceivePurchaseOrder.class,
						"Record the receipt of goods against an approved purchase order."),
				delete("stateset_delete_purchase_order", "/purchase-orders/{purchase_order_id}", PurchaseOrderId.class,
						"Delete a purchase order by id. Cannot be undone."),
				get("stateset_get_purchase_order", "/purchase-orders/{purchase_order_id}", PurchaseOrderId.class,
						"Get a purchase order by id."),
				get("stateset_list_purchase_orders", "/purchase-orders", Page.class,
						"List purchase orders, page by page (page starts at 1, per_page up to 100)."),
				// ---- ASNs ----
				post("stateset_create_asn", "/asns", CreateAsn.class,
						"Create an advance shipping notice (ASN) for a purchase order."),
				patch("stateset_update_asn", "/asns/{asn_id}", UpdateAsn.class,
						"Update an advance shipping notice (ASN) by id; only the fields you pass change."),
				post("stateset_mark_asn_in_transit", "/asns/{asn_id}/in-transit", MarkAsnInTransit.class,
						"Mark an ASN as in transit, optionally with tracking number and estimated delivery."),
				post("stateset_mark_asn_delivered", "/asns/{asn_id}/delivered", MarkAsnDelivered.class,
						"Mark an ASN as delivered."),
				post("stateset_cancel_asn", "/asns/{asn_id}/cancel", CancelAsn.class,
						"Cancel an ASN that has not been delivered."),
				delete("stateset_delete_asn", "/asns/{asn_id}", AsnId.class,
						"Delete an advance shipping notice (ASN) by id. Cannot be undone."),
				get("stateset_get_asn", "/asns/{asn_id}", AsnId.class,
						"Get an advance shipping notice (ASN) by id."),
				get("stateset_list_asns", "/asns", Page.class,
						"List advance shipping notices (ASNs), page by page (page starts at 1, per_page up to 100)."),
				// ---- Item Receipts ----
				post("stateset_create_item_receipt", "/item-receipts", CreateItemReceipt.class,
						"Record received items (an item receipt) for an order."),
				patch("stateset_update_item_receipt", "/item-receipts/{item_receipt_id}", UpdateItemReceipt.class,
						"Update an item receipt by id; only the fields you pass change."),
				delete("stateset_delete_item_receipt", "/item-receipts/{item_receipt_id}", ItemReceiptId.class,
						"Delete an item receipt by id. Cannot be undone."),
				get("stateset_get_item_receipt", "/item-receipts/{item_receipt_id}", ItemReceiptId.class,
						"Get an item receipt by id."),
				get("stateset_list_item_receipts", "/item-receipts", Page.class,
						"List item receipts, page by page (page starts at 1, per_page up to 100)."),
				// ---- Cash Sales ----
				post("stateset_create_cash_sale", "/cash-sales", CreateCashSale.class,
						"Record a cash sale: items paid immediately, without an order."),
				patch("stateset_update_cash_sale", "/cash-sales/{cash_sale_id}", UpdateCashSale.class,
						"Update a cash sale by id; only the fields you pass change."),
				delete("stateset_delete_cash_sale", "/cash-sales/{cash_sale_id}", CashSaleId.class,
						"Delete a cash sale by id. Cannot be undone."),
				get("stateset_get_cash_sale", "/cash-sales/{cash_sale_id}", CashSaleId.class,
						"Get a cash sale by id."),
				get("stateset_list_cash_sales", "/cash-sales", Page.class,
						"List cash sales, page by page (page starts at 1, per_page up to 100)."),
				// ---- Suppliers ----
				post("stateset_create_supplier", "/suppliers", CreateSupplier.class,
						"Create a supplier with contact details and payment terms."),
				put("stateset_update_supplier", "/suppliers/{supplier_id}", UpdateSupplier.class,
						"Update a supplier by id; only the fields you pass change."),
				get("stateset_get_supplier", "/suppliers/{supplier_id}", SupplierId.class,
						"Get a supplier by id."),
				delete("stateset_delete_supplier", "/suppliers/{supplier_id}", SupplierId.class,
						"Delete a supplier by id. Cannot be undone."),
				get("stateset_list_suppliers", "/suppliers", Page.class,
						"List suppliers, page by page (page starts at 1, per_page up to 100)."));
	}
}
