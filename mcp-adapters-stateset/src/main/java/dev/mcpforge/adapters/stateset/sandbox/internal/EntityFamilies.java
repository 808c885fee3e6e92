package dev.mcpforge.adapters.stateset.sandbox.internal;

import java.util.List;

/**
 * The sandbox's entity table: every StateSet resource family is one row here, served by the one generic router.
 * Paths, actions and required fields follow the StateSet MCP tool list; statuses follow the stateset-api enums
 * where they exist (orders, returns, shipments, warranties) and are a plain lifecycle otherwise.
 */
public final class EntityFamilies {

	private EntityFamilies() {
	}

	public static List<EntityFamily> all() {
		return List.of(
				// ---- core commerce ----
				EntityFamily.named("orders").idPrefix("ORD")
						.statuses("pending", "confirmed", "processing", "on_hold", "shipped", "delivered",
								"cancelled", "refunded", "exchanged")
						.transition("pending", "confirmed", "processing", "on_hold", "cancelled")
						.transition("confirmed", "processing", "on_hold", "shipped", "cancelled")
						.transition("processing", "on_hold", "shipped", "cancelled")
						.transition("on_hold", "pending", "confirmed", "processing", "cancelled")
						.transition("shipped", "delivered")
						.transition("delivered", "refunded", "exchanged")
						.required("customer_id", "items")
						.action("confirm", "confirmed")
						.action("process", "processing")
						.action("hold", "on_hold")
						.action("cancel", "cancelled")
						.action("ship", "shipped", Workflows.ORDER_SHIP)
						.action("deliver", "delivered")
						.action("refund", "refunded")
						.effect("archive", Workflows.ORDER_ARCHIVE)
						.embedded("items", "ITEM")
						.lookup("by-number", "order_number", false)
						.onCreate(Workflows.ORDER_CREATE)
						.build(),
				EntityFamily.named("returns").paths("rmas", "returns").idPrefix("RMA")
						.statuses("pending", "approved", "rejected", "received", "restocked", "refunded")
						.transition("pending", "approved", "rejected")
						.transition("approved", "received", "restocked", "refunded")
						.transition("received", "restocked", "refunded")
						.transition("restocked", "refunded")
						.required("order_id", "reason")
						.action("approve", "approved")
						.action("reject", "rejected")
						.action("receive", "received")
						.action("restock", "restocked")
						.action("refund", "refunded", Workflows.RETURN_REFUND)
						.onCreate(Workflows.RETURN_CREATE)
						.build(),
				EntityFamily.named("shipments").idPrefix("SHP")
						.statuses("pending", "label_created", "in_transit", "out_for_delivery", "delivered", "exception")
						.transition("pending", "label_created", "in_transit", "exception")
						.transition("label_created", "in_transit", "exception")
						.transition("in_transit", "out_for_delivery", "delivered", "exception")
						.transition("out_for_delivery", "delivered", "exception")
						.transition("exception", "pending", "in_transit", "out_for_delivery", "delivered")
						.required("order_id", "shipping_address", "shipping_method", "tracking_number", "recipient_name")
						.enumField("shipping_method", "standard", "express", "overnight", "twoday", "international", "custom")
						.action("label", "label_created")
						.action("ship", "in_transit", Workflows.SHIPMENT_SHIP)
						.action("out-for-delivery", "out_for_delivery")
						.action("deliver", "delivered", Workflows.SHIPMENT_DELIVER)
						.action("exception", "exception")
						.lookup("track", "tracking_number", false)
						.onCreate(Workflows.SHIPMENT_CREATE)
						.build(),
				EntityFamily.named("inventory").idPrefix("INV")
						.required("item_number", "location_id", "quantity_on_hand")
						.effect("reserve", Workflows.INVENTORY_RESERVE)
						.effect("release", Workflows.INVENTORY_RELEASE)
						.onCreate(Workflows.INVENTORY_CREATE)
						.onUpdate(Workflows.INVENTORY_UPDATE)
						.collectionRoute("GET", "low-stock", 200, Workflows.LOW_STOCK)
						.build(),
				EntityFamily.named("product-variants").paths("products/variants").idPrefix("VAR")
						.required("product_id", "sku", "name", "price")
						.mergeRoute("price")
						.build(),
				EntityFamily.named("products").idPrefix("PRD")
						.required("name", "sku", "price")
						.linked("variants", "product-variants", "product_id")
						.onCreate(Workflows.PRODUCT_CREATE)
						.build(),
				EntityFamily.named("customers").idPrefix("CUS")
						.required("email", "name")
						.embedded("addresses", "ADDR")
						.collectionRoute("POST", "register", 201, Workflows.CUSTOMER_REGISTER)
						.collectionRoute("POST", "login", 200, Workflows.CUSTOMER_LOGIN)
						.onCreate(Workflows.CUSTOMER_CREATE)
						.build(),
				EntityFamily.named("warranty-claims").paths("warranties/claims").idPrefix("CLM")
						.statuses("submitted", "approved", "rejected")
						.transition("submitted", "approved", "rejected")
						.required("warranty_id", "claim_reason")
						.action("approve", "approved")
						.action("reject", "rejected")
						.build(),
				EntityFamily.named("warranties").idPrefix("WAR")
						.statuses("active", "expired", "claimed", "void")
						.transition("active", "expired", "claimed", "void")
						.transition("claimed", "active", "void")
						.required("order_id", "customer_email", "items")
						.effect("extend", Workflows.WARRANTY_EXTEND)
						.action("claim", "claimed")
						.action("void", "void")
						.build(),
				// ---- carts and checkout ----
				EntityFamily.named("carts").idPrefix("CRT")
						.statuses("active", "checked_out", "abandoned")
						.transition("active", "checked_out", "abandoned")
						.transition("abandoned", "active")
						.required("customer_id")
						.effect("clear", Workflows.CART_CLEAR)
						.embedded("items", "CITEM")
						.build(),
				EntityFamily.named("agentic-checkouts").paths("checkout/agentic").idPrefix("ACS")
						.statuses("open", "completed", "cancelled")
						.transition("open", "completed", "cancelled")
						.effect("process-natural-language", Workflows.AGENTIC_MESSAGE)
						.effect("get-recommendations", Workflows.AGENTIC_RECOMMEND)
						.build(),
				EntityFamily.named("checkouts").paths("checkout", "checkout_sessions").idPrefix("CHK")
						.statuses("open", "completed", "cancelled", "expired")
						.transition("open", "completed", "cancelled", "expired")
						.required("cart_id")
						.action("complete", "completed", Workflows.CHECKOUT_COMPLETE)
						.record("apply-coupon")
						.action("cancel", "cancelled")
						.mergeRoute("customer", "shipping", "payment", "shipping-address", "shipping-method")
						.build(),
				// ---- money ----
				EntityFamily.named("payments").idPrefix("PAY")
						.statuses("pending", "authorized", "captured", "failed", "refunded", "partially_refunded", "voided")
						.transition("pending", "authorized", "captured", "failed", "voided")
						.transition("authorized", "captured", "voided", "failed")
						.transition("captured", "refunded", "partially_refunded")
						.transition("partially_refunded", "refunded")
						.required("order_id", "amount", "payment_method")
						.action("capture", "captured")
						.action("void", "voided")
						.action("refund", "refunded", Workflows.PAYMENT_REFUND)
						.lookup("order", "order_id", true)
						.onCreate(Workflows.PAYMENT_CREATE)
						.collectionAction("refund", "refund", "payment_id")
						.build(),
				EntityFamily.named("invoices").idPrefix("INVC")
						.statuses("draft", "issued", "paid", "overdue", "void")
						.transition("draft", "issued", "void")
						.transition("issued", "paid", "overdue", "void")
						.transition("overdue", "paid", "void")
						.required("order_id", "customer_email", "items")
						.action("issue", "issued")
						.action("pay", "paid")
						.action("void", "void")
						.build(),
				EntityFamily.named("cash-sales").idPrefix("CS")
						.statuses("pending", "completed", "voided")
						.transition("pending", "completed", "voided")
						.transition("completed", "voided")
						.required("customer_email", "items", "payment_method")
						.build(),
				// ---- order management and supply chain ----
				lifecycle("sales-orders", "SO").required("customer_email", "items", "shipping_address").build(),
				EntityFamily.named("fulfillment-orders").idPrefix("FO")
						.statuses("pending", "picking", "packed", "shipped", "delivered", "cancelled")
						.transition("pending", "picking", "packed", "shipped", "cancelled")
						.transition("picking", "packed", "cancelled")
						.transition("packed", "shipped", "cancelled")
						.transition("shipped", "delivered")
						.required("order_id", "customer_email", "items", "carrier", "destination_address")
						.build(),
				EntityFamily.named("purchase-orders").idPrefix("PO")
						.statuses("draft", "submitted", "approved", "received", "cancelled")
						.transition("draft", "submitted", "approved", "cancelled")
						.transition("submitted", "approved", "cancelled")
						.transition("approved", "received", "cancelled")
						.required("vendor_email", "items", "shipping_address")
						.action("submit", "submitted")
						.action("approve", "approved")
						.action("cancel", "cancelled")
						.action("receive", "received")
						.build(),
				EntityFamily.named("asns").idPrefix("ASN")
						.statuses("pending", "in_transit", "delivered", "cancelled")
						.transition("pending", "in_transit", "delivered", "cancelled")
						.transition("in_transit", "delivered", "cancelled")
						.required("purchase_order_id", "items", "carrier", "destination_address")
						.action("in-transit", "in_transit")
						.action("delivered", "delivered")
						.action("cancel", "cancelled")
						.build(),
				EntityFamily.named("item-receipts").idPrefix("IR").required("order_id", "items").build(),
				EntityFamily.named("suppliers").idPrefix("SUP").required("name", "email").build(),
				// ---- manufacturing ----
				EntityFamily.named("bill-of-materials").paths("bill-of-materials", "manufacturing/boms").idPrefix("BOM")
						.required("order_id", "customer_email", "items")
						.embedded("components", "BOMC")
						.build(),
				EntityFamily.named("work-orders").idPrefix("WO")
						.statuses("pending", "scheduled", "in_progress", "on_hold", "completed", "cancelled")
						.transition("pending", "scheduled", "in_progress", "on_hold", "cancelled")
						.transition("scheduled", "in_progress", "on_hold", "cancelled")
						.transition("in_progress", "on_hold", "completed", "cancelled")
						.transition("on_hold", "scheduled", "in_progress", "cancelled")
						.required("order_id", "customer_email", "items")
						.action("schedule", "scheduled")
						.action("start", "in_progress")
						.action("hold", "on_hold")
						.action("complete", "completed")
						.action("cancel", "cancelled")
						.record("assign")
						.embedded("tasks", "TASK")
						.lookup("capacity", "work_center_id", true)
						.onCreate(Workflows.WORK_ORDER_CREATE)
						.build(),
				lifecycle("manufacturer-orders", "MO").required("order_id", "customer_email", "items").build(),
				EntityFamily.named("robot-serials").paths("manufacturing/robot-serials").idPrefix("RBT")
						.required("serial_number", "model").build(),
				EntityFamily.named("components").paths("manufacturing/components").idPrefix("CMP")
						.statuses("in_stock", "installed", "removed", "defective")
						.transition("in_stock", "installed", "defective")
						.transition("installed", "removed", "defective")
						.transition("removed", "in_stock", "installed", "defective")
						.required("serial_number", "component_type")
						.action("install", "installed")
						.action("remove", "removed")
						.build(),
				EntityFamily.named("test-protocols").paths("manufacturing/test-protocols").idPrefix("TP")
						.required("name", "steps").build(),
				EntityFamily.named("test-results").paths("manufacturing/test-results").idPrefix("TR")
						.required("robot_serial_id", "protocol_id", "tester_id", "results", "overall_status").build(),
				EntityFamily.named("ncrs").paths("manufacturing/ncrs").idPrefix("NCR")
						.statuses("open", "closed")
						.transition("open", "closed")
						.required("description", "severity", "reported_by")
						.action("close", "closed")
						.build(),
				EntityFamily.named("certifications").paths("manufacturing/certifications").idPrefix("CERT")
						.required("robot_serial_id", "certification_type", "certified_by").build(),
				EntityFamily.named("service-records").paths("manufacturing/service-records").idPrefix("SRV")
						.statuses("open", "completed")
						.transition("open", "completed")
						.required("robot_serial_id", "service_type", "description", "technician_id")
						.action("complete", "completed")
						.build(),
				EntityFamily.named("production-metrics").paths("manufacturing/production-metrics").idPrefix("PM")
						.required("production_line_id", "shift_date", "metrics").build(),
				// ---- users and notifications ----
				EntityFamily.named("users").idPrefix("USR").required("email", "name")
						.effect("change-password", Workflows.CHANGE_PASSWORD)
						.collectionRoute("GET", "profile", 200, Workflows.USER_PROFILE)
						.build(),
				EntityFamily.named("notifications").idPrefix("NTF")
						.statuses("unread", "read")
						.transition("unread", "read")
						.transition("read", "unread")
						.action("read", "read")
						.action("unread", "unread")
						.build());
	}

	/** The plain order lifecycle used where StateSet publishes no enum. */
	private static EntityFamily.Builder lifecycle(String name, String idPrefix) {
		return EntityFamily.named(name).idPrefix(idPrefix)
				.statuses("pending", "confirmed", "in_progress", "completed", "cancelled")
				.transition("pending", "confirmed", "in_progress", "cancelled")
				.transition("confirmed", "in_progress", "cancelled")
				.transition("in_progress", "completed", "cancelled")
				.action("confirm", "confirmed")
				.action("start", "in_progress")
				.action("complete", "completed")
				.action("cancel", "cancelled");
	}
}
