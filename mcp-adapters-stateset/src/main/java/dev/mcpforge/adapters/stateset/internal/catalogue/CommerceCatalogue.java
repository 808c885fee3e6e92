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

/** The orders, returns, warranties, shipments, customers, carts, checkout, payments and invoices tools: one row per tool, one HTTP call each (domains.md §1.3). */
final class CommerceCatalogue {

	private CommerceCatalogue() {
	}

	static List<Operation> operations() {
		return List.of(
				// ---- Orders ----
				post("stateset_create_order", "/orders", CreateOrder.class,
						"Create an order for an existing customer. Items need product_id and quantity; unit_price defaults to the product price. The order starts as pending."),
				patch("stateset_update_order", "/orders/{order_id}", UpdateOrder.class,
						"Update an order's addresses, payment method or notes; only the fields you pass change."),
				post("stateset_cancel_order", "/orders/{order_id}/cancel", CancelOrder.class,
						"Cancel an order that has not shipped yet. Shipped or delivered orders cannot be cancelled."),
				post("stateset_archive_order", "/orders/{order_id}/archive", OrderId.class,
						"Archive an order so it no longer shows in day-to-day views. The order and its history are kept."),
				put("stateset_update_order_status", "/orders/{order_id}/status", UpdateOrderStatus.class,
						"Move an order to a new status (pending, confirmed, processing, on_hold, shipped, delivered, cancelled, refunded, exchanged). Only allowed transitions succeed."),
				get("stateset_get_order_items", "/orders/{order_id}/items", OrderId.class,
						"List the line items of an order."),
				post("stateset_add_order_item", "/orders/{order_id}/items", AddOrderItem.class,
						"Add a line item to an existing order."),
				delete("stateset_delete_order", "/orders/{order_id}", OrderId.class,
						"Delete an order by id. Cannot be undone."),
				get("stateset_get_order", "/orders/{order_id}", OrderId.class,
						"Get an order by id."),
				get("stateset_list_orders", "/orders", Page.class,
						"List orders, page by page (page starts at 1, per_page up to 100)."),
				get("stateset_get_order_by_number", "/orders/by-number/{order_number}", GetOrderByNumber.class,
						"Find an order by its human-readable order number, e.g. SO-10001."),
				// ---- Returns / RMAs ----
				post("stateset_create_rma", "/rmas", CreateRma.class,
						"Open a return (RMA) for a shipped or delivered order. It starts as pending until approved."),
				post("stateset_approve_return", "/returns/{rma_id}/approve", RmaId.class,
						"Approve a pending return (RMA) so the customer can send the goods back."),
				post("stateset_restock_return", "/returns/{rma_id}/restock", RmaId.class,
						"Put the goods of an approved or received return back into inventory."),
				get("stateset_get_rma", "/rmas/{rma_id}", RmaId.class,
						"Get a return (RMA) by id."),
				get("stateset_list_rmas", "/rmas", Page.class,
						"List returns (RMAs), page by page (page starts at 1, per_page up to 100)."),
				get("stateset_get_returns_report", "/reports/returns", GetReturnsReport.class,
						"Report on returns in a date range, optionally filtered by status and grouped (e.g. by reason or day)."),
				// ---- Warranties ----
				post("stateset_create_warranty", "/warranties", OrderDocument.class,
						"Register a warranty for the items of an order."),
				patch("stateset_update_warranty", "/warranties/{warranty_id}", UpdateWarranty.class,
						"Update a warranty by id; only the fields you pass change."),
				post("stateset_extend_warranty", "/warranties/{warranty_id}/extend", ExtendWarranty.class,
						"Extend an active warranty by a number of months."),
				post("stateset_create_warranty_claim", "/warranties/claims", CreateWarrantyClaim.class,
						"File a claim against a warranty, with the reason and the amount claimed."),
				post("stateset_approve_warranty_claim", "/warranties/claims/{claim_id}/approve", ApproveWarrantyClaim.class,
						"Approve a submitted warranty claim, optionally for a different amount."),
				delete("stateset_delete_warranty", "/warranties/{warranty_id}", WarrantyId.class,
						"Delete a warranty by id. Cannot be undone."),
				get("stateset_get_warranty", "/warranties/{warranty_id}", WarrantyId.class,
						"Get a warranty by id."),
				get("stateset_list_warranties", "/warranties", Page.class,
						"List warranties, page by page (page starts at 1, per_page up to 100)."),
				// ---- Shipments ----
				post("stateset_create_shipment", "/shipments", CreateShipment.class,
						"Create a shipment for an order with carrier tracking number, method and recipient."),
				post("stateset_mark_shipment_shipped", "/shipments/{shipment_id}/ship", ShipmentId.class,
						"Mark a shipment as handed to the carrier (in transit); its order becomes shipped."),
				post("stateset_mark_shipment_delivered", "/shipments/{shipment_id}/deliver", ShipmentId.class,
						"Mark a shipment as delivered; its order becomes delivered."),
				get("stateset_track_shipment", "/shipments/{shipment_id}/track|/shipments/track/{tracking_number}", TrackShipment.class,
						"Get the tracking events of a shipment, by shipment_id or by carrier tracking_number."),
				get("stateset_get_shipment", "/shipments/{shipment_id}", ShipmentId.class,
						"Get a shipment by id."),
				get("stateset_list_shipments", "/shipments", Page.class,
						"List shipments, page by page (page starts at 1, per_page up to 100)."),
				// ---- Customers ----
				post("stateset_create_customer", "/customers", CreateCustomer.class,
						"Create a customer with email, name and address."),
				patch("stateset_update_customer", "/customers/{customer_id}", UpdateCustomer.class,
						"Update a customer by id; only the fields you pass change."),
				get("stateset_get_customer_addresses", "/customers/{customer_id}/addresses", CustomerId.class,
						"List the saved addresses of a customer."),
				post("stateset_add_customer_address", "/customers/{customer_id}/addresses", AddCustomerAddress.class,
						"Save another address for a customer."),
				delete("stateset_delete_customer", "/customers/{customer_id}", CustomerId.class,
						"Delete a customer by id. Cannot be undone."),
				get("stateset_get_customer", "/customers/{customer_id}", CustomerId.class,
						"Get a customer by id."),
				get("stateset_list_customers", "/customers", Page.class,
						"List customers, page by page (page starts at 1, per_page up to 100)."),
				post("stateset_customer_login", "/customers/login", CustomerLogin.class,
						"Check a customer's email and password and return a session token."),
				post("stateset_customer_register", "/customers/register", CustomerRegister.class,
						"Register a new customer account with email and password."),
				// ---- Carts ----
				post("stateset_create_cart", "/carts", CustomerId.class,
						"Create an empty shopping cart for a customer."),
				get("stateset_get_cart", "/carts/{cart_id}", CartId.class,
						"Get a cart with its items and totals."),
				delete("stateset_delete_cart", "/carts/{cart_id}", CartId.class,
						"Delete a cart. Cannot be undone."),
				post("stateset_add_cart_item", "/carts/{cart_id}/items", AddCartItem.class,
						"Add a product variant to a cart."),
				put("stateset_update_cart_item", "/carts/{cart_id}/items/{item_id}", UpdateCartItem.class,
						"Change the quantity of an item in a cart."),
				delete("stateset_remove_cart_item", "/carts/{cart_id}/items/{item_id}", RemoveCartItem.class,
						"Remove an item from a cart."),
				post("stateset_clear_cart", "/carts/{cart_id}/clear", CartId.class,
						"Remove every item from a cart."),
				get("stateset_list_carts", "/carts", ListCarts.class,
						"List carts, optionally only those of one customer."),
				// ---- Checkout ----
				post("stateset_create_checkout", "/checkout", CreateCheckout.class,
						"Start a checkout for a cart with shipping and payment methods."),
				get("stateset_get_checkout", "/checkout/{checkout_id}", CheckoutId.class,
						"Get a checkout session with its totals and status."),
				post("stateset_complete_checkout", "/checkout/{checkout_id}/complete", CheckoutId.class,
						"Complete a checkout: places the order and takes the payment."),
				post("stateset_cancel_checkout", "/checkout/{checkout_id}/cancel", CheckoutId.class,
						"Cancel an open checkout session."),
				put("stateset_update_checkout_customer", "/checkout/{checkout_id}/customer", UpdateCheckoutCustomer.class,
						"Set the customer details of a checkout."),
				put("stateset_update_checkout_shipping", "/checkout/{checkout_id}/shipping", UpdateCheckoutShipping.class,
						"Set the shipping address (and optionally method) of a checkout."),
				put("stateset_update_checkout_payment", "/checkout/{checkout_id}/payment", UpdateCheckoutPayment.class,
						"Set the payment method (and optionally billing address) of a checkout."),
				post("stateset_apply_checkout_coupon", "/checkout/{checkout_id}/apply-coupon", ApplyCheckoutCoupon.class,
						"Apply a coupon code to a checkout."),
				// ---- Agentic checkout ----
				post("stateset_create_agentic_checkout", "/checkout/agentic", CreateAgenticCheckout.class,
						"Start an agentic checkout session an AI agent can drive with natural language."),
				get("stateset_get_agentic_checkout", "/checkout/agentic/{session_id}", SessionId.class,
						"Get the state of an agentic checkout session."),
				post("stateset_process_natural_language", "/checkout/agentic/{session_id}/process-natural-language", ProcessNaturalLanguage.class,
						"Send a natural-language instruction (\"add two blue shirts\") to an agentic checkout session."),
				post("stateset_get_agentic_recommendations", "/checkout/agentic/{session_id}/get-recommendations", GetAgenticRecommendations.class,
						"Get product recommendations for an agentic checkout session."),
				// ---- Payments ----
				post("stateset_create_payment", "/payments", CreatePayment.class,
						"Record a payment for an order."),
				patch("stateset_update_payment", "/payments/{payment_id}", UpdatePayment.class,
						"Update the amount, method or items of a payment."),
				post("stateset_refund_payment", "/payments/refund", RefundPayment.class,
						"Refund a captured payment, fully or partly, with a reason."),
				get("stateset_get_payments_by_order", "/payments/order/{order_id}", OrderId.class,
						"List the payments of one order."),
				delete("stateset_delete_payment", "/payments/{payment_id}", PaymentId.class,
						"Delete a payment by id. Cannot be undone."),
				get("stateset_get_payment", "/payments/{payment_id}", PaymentId.class,
						"Get a payment by id."),
				get("stateset_list_payments", "/payments", Page.class,
						"List payments, page by page (page starts at 1, per_page up to 100)."),
				// ---- Invoices ----
				post("stateset_create_invoice", "/invoices", OrderDocument.class,
						"Create an invoice for the items of an order, billed to the customer email."),
				patch("stateset_update_invoice", "/invoices/{invoice_id}", UpdateInvoice.class,
						"Update an invoice by id; only the fields you pass change."),
				delete("stateset_delete_invoice", "/invoices/{invoice_id}", InvoiceId.class,
						"Delete an invoice by id. Cannot be undone."),
				get("stateset_get_invoice", "/invoices/{invoice_id}", InvoiceId.class,
						"Get an invoice by id."),
				get("stateset_list_invoices", "/invoices", Page.class,
						"List invoices, page by page (page starts at 1, per_page up to 100)."));
	}
}
