package dev.mcpforge.adapters.stateset.internal.args;

import dev.mcpforge.core.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;


/**
 * Argument records of the orders, returns, warranties, shipments, customers, carts, checkout, payments and invoices tools.
 * Component names are StateSet's wire names, so the schema a model sees matches the API documentation.
 */
public final class CommerceArgs {

	private CommerceArgs() {
	}

	/** Arguments of {@code stateset_create_order}. */
	public record CreateOrder(@NotBlank String customer_id,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@Valid Address shipping_address,
			@Valid Address billing_address,
			String payment_method_id,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_update_order}. */
	public record UpdateOrder(@NotBlank String order_id,
			@Valid Address shipping_address,
			@Valid Address billing_address,
			String payment_method_id,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_cancel_order}. */
	public record CancelOrder(@NotBlank String order_id,
			@Description("Why, in a sentence; kept in the audit trail") String reason) {
	}

	/** Arguments of {@code stateset_archive_order} and the tools sharing its shape. */
	public record OrderId(@NotBlank String order_id) {
	}

	/** Arguments of {@code stateset_update_order_status}. */
	public record UpdateOrderStatus(@NotBlank String order_id,
			@Description("The new status") @NotBlank String status) {
	}

	/** Arguments of {@code stateset_add_order_item}. */
	public record AddOrderItem(@NotBlank String order_id,
			@NotBlank String product_id,
			@NotNull @Positive Integer quantity,
			@PositiveOrZero BigDecimal unit_price) {
	}

	/** Arguments of {@code stateset_list_orders} and the tools sharing its shape. */
	public record Page(@Description("Page number, starting at 1") @Min(1) Integer page,
			@Description("Results per page (1-100)") @Min(1) @Max(100) Integer per_page) {
	}

	/** Arguments of {@code stateset_get_order_by_number}. */
	public record GetOrderByNumber(@NotBlank String order_number) {
	}

	/** Arguments of {@code stateset_create_rma}. */
	public record CreateRma(@NotBlank String order_id,
			@Description("Why, in a sentence; kept in the audit trail") @NotBlank String reason,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_approve_return} and the tools sharing its shape. */
	public record RmaId(@NotBlank String rma_id) {
	}

	/** Arguments of {@code stateset_get_returns_report} and the tools sharing its shape. */
	public record GetReturnsReport(@Description("ISO-8601 date, e.g. 2026-11-24") String from_date,
			@Description("ISO-8601 date, e.g. 2026-11-24") String to_date,
			@Description("The new status") String status,
			@Description("Grouping of the report rows, e.g. day, week, month, status") String group_by) {
	}

	/** Arguments of {@code stateset_create_warranty} and the tools sharing its shape. */
	public record OrderDocument(@NotBlank String order_id,
			@Description("Email address of the customer") @NotBlank @Email String customer_email,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_update_warranty}. */
	public record UpdateWarranty(@NotBlank String warranty_id,
			@Description("The new status") String status,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_extend_warranty}. */
	public record ExtendWarranty(@NotBlank String warranty_id,
			@NotNull @Positive Integer extension_months) {
	}

	/** Arguments of {@code stateset_create_warranty_claim}. */
	public record CreateWarrantyClaim(@NotBlank String warranty_id,
			@NotBlank String claim_reason,
			@PositiveOrZero BigDecimal claim_amount) {
	}

	/** Arguments of {@code stateset_approve_warranty_claim}. */
	public record ApproveWarrantyClaim(@NotBlank String claim_id,
			@PositiveOrZero BigDecimal approved_amount,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_delete_warranty} and the tools sharing its shape. */
	public record WarrantyId(@NotBlank String warranty_id) {
	}

	/** Arguments of {@code stateset_create_shipment}. */
	public record CreateShipment(@NotBlank String order_id,
			@NotNull @Valid Address shipping_address,
			@NotNull ShippingMethod shipping_method,
			@NotBlank String tracking_number,
			@NotBlank String recipient_name) {
	}

	/** Arguments of {@code stateset_mark_shipment_shipped} and the tools sharing its shape. */
	public record ShipmentId(@NotBlank String shipment_id) {
	}

	/** Arguments of {@code stateset_track_shipment}. */
	public record TrackShipment(String shipment_id,
			String tracking_number) {
	}

	/** Arguments of {@code stateset_create_customer}. */
	public record CreateCustomer(@NotBlank @Email String email,
			@NotBlank String name,
			@NotNull @Valid Address address) {
	}

	/** Arguments of {@code stateset_update_customer}. */
	public record UpdateCustomer(@NotBlank String customer_id,
			@Email String email,
			String name,
			@Valid Address address) {
	}

	/** Arguments of {@code stateset_get_customer_addresses} and the tools sharing its shape. */
	public record CustomerId(@NotBlank String customer_id) {
	}

	/** Arguments of {@code stateset_add_customer_address}. */
	public record AddCustomerAddress(@NotBlank String customer_id,
			@NotNull @Valid Address address) {
	}

	/** Arguments of {@code stateset_customer_login}. */
	public record CustomerLogin(@NotBlank @Email String email,
			@NotBlank String password) {
	}

	/** Arguments of {@code stateset_customer_register}. */
	public record CustomerRegister(@NotBlank @Email String email,
			@NotBlank String password,
			@NotBlank String name,
			String phone) {
	}

	/** Arguments of {@code stateset_get_cart} and the tools sharing its shape. */
	public record CartId(@NotBlank String cart_id) {
	}

	/** Arguments of {@code stateset_add_cart_item}. */
	public record AddCartItem(@NotBlank String cart_id,
			@NotBlank String product_variant_id,
			@NotNull @Positive Integer quantity) {
	}

	/** Arguments of {@code stateset_update_cart_item}. */
	public record UpdateCartItem(@NotBlank String cart_id,
			@NotBlank String item_id,
			@NotNull @Positive Integer quantity) {
	}

	/** Arguments of {@code stateset_remove_cart_item}. */
	public record RemoveCartItem(@NotBlank String cart_id,
			@NotBlank String item_id) {
	}

	/** Arguments of {@code stateset_list_carts}. */
	public record ListCarts(String customer_id,
			@Description("Page number, starting at 1") @Min(1) Integer page,
			@Description("Results per page (1-100)") @Min(1) @Max(100) Integer per_page) {
	}

	/** Arguments of {@code stateset_create_checkout}. */
	public record CreateCheckout(@NotBlank String cart_id,
			@NotBlank String shipping_method,
			@NotBlank String payment_method) {
	}

	/** Arguments of {@code stateset_get_checkout} and the tools sharing its shape. */
	public record CheckoutId(@NotBlank String checkout_id) {
	}

	/** Arguments of {@code stateset_update_checkout_customer}. */
	public record UpdateCheckoutCustomer(@NotBlank String checkout_id,
			String customer_id,
			@Email String email,
			String name,
			String phone) {
	}

	/** Arguments of {@code stateset_update_checkout_shipping}. */
	public record UpdateCheckoutShipping(@NotBlank String checkout_id,
			@NotNull @Valid Address shipping_address,
			ShippingMethod shipping_method) {
	}

	/** Arguments of {@code stateset_update_checkout_payment}. */
	public record UpdateCheckoutPayment(@NotBlank String checkout_id,
			@NotBlank String payment_method,
			@Valid Address billing_address) {
	}

	/** Arguments of {@code stateset_apply_checkout_coupon}. */
	public record ApplyCheckoutCoupon(@NotBlank String checkout_id,
			@NotBlank String coupon_code) {
	}

	/** Arguments of {@code stateset_create_agentic_checkout}. */
	public record CreateAgenticCheckout(String customer_id,
			Map<String, Object> session_context) {
	}

	/** Arguments of {@code stateset_get_agentic_checkout}. */
	public record SessionId(@NotBlank String session_id) {
	}

	/** Arguments of {@code stateset_process_natural_language}. */
	public record ProcessNaturalLanguage(@NotBlank String session_id,
			@NotBlank String input,
			Map<String, Object> context) {
	}

	/** Arguments of {@code stateset_get_agentic_recommendations}. */
	public record GetAgenticRecommendations(@NotBlank String session_id,
			String recommendation_type) {
	}

	/** Arguments of {@code stateset_create_payment}. */
	public record CreatePayment(@NotBlank String order_id,
			@Description("Email address of the customer") @NotBlank @Email String customer_email,
			@NotNull @PositiveOrZero BigDecimal amount,
			@NotBlank String payment_method,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_update_payment}. */
	public record UpdatePayment(@NotBlank String payment_id,
			@NotNull @PositiveOrZero BigDecimal amount,
			@NotBlank String payment_method,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_refund_payment}. */
	public record RefundPayment(@NotBlank String payment_id,
			@NotNull @PositiveOrZero BigDecimal refund_amount,
			@NotBlank String refund_reason) {
	}

	/** Arguments of {@code stateset_delete_payment} and the tools sharing its shape. */
	public record PaymentId(@NotBlank String payment_id) {
	}

	/** Arguments of {@code stateset_update_invoice}. */
	public record UpdateInvoice(@NotBlank String invoice_id,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_delete_invoice} and the tools sharing its shape. */
	public record InvoiceId(@NotBlank String invoice_id) {
	}
	/** Arguments of {@code stateset_update_checkout}. */
	public record UpdateCheckout(@NotBlank String checkout_id,
			@Valid Address shipping_address,
			@Valid Address billing_address,
			ShippingMethod shipping_method,
			String payment_method) {
	}
}
