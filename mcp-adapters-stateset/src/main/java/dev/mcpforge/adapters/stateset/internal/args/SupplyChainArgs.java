package dev.mcpforge.adapters.stateset.internal.args;

import dev.mcpforge.core.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;


/**
 * Argument records of the inventory, products, sales/fulfillment/purchase orders, ASNs, receipts, cash sales and suppliers tools.
 * Component names are StateSet's wire names, so the schema a model sees matches the API documentation.
 */
public final class SupplyChainArgs {

	private SupplyChainArgs() {
	}

	/** Arguments of {@code stateset_create_inventory}. */
	public record CreateInventory(@NotBlank String item_number,
			String description,
			String primary_uom_code,
			String organization_id,
			@NotBlank String location_id,
			@NotNull Integer quantity_on_hand,
			@Description("Why, in a sentence; kept in the audit trail") String reason) {
	}

	/** Arguments of {@code stateset_update_inventory}. */
	public record UpdateInventory(@NotBlank String inventory_id,
			@NotBlank String location_id,
			Integer on_hand,
			String description,
			String primary_uom_code,
			String organization_id,
			@Description("Why, in a sentence; kept in the audit trail") String reason) {
	}

	/** Arguments of {@code stateset_reserve_inventory}. */
	public record ReserveInventory(@NotBlank String inventory_id,
			@NotBlank String location_id,
			@NotNull @Positive Integer quantity,
			@NotBlank String reference_id,
			@NotBlank String reference_type) {
	}

	/** Arguments of {@code stateset_release_inventory}. */
	public record ReleaseInventory(@NotBlank String inventory_id,
			@NotBlank String location_id,
			@NotNull @Positive Integer quantity) {
	}

	/** Arguments of {@code stateset_get_low_stock}. */
	public record GetLowStock(@PositiveOrZero Integer threshold,
			String location_id) {
	}

	/** Arguments of {@code stateset_delete_inventory} and the tools sharing its shape. */
	public record InventoryId(@NotBlank String inventory_id) {
	}

	/** Arguments of {@code stateset_get_inventory_report}. */
	public record GetInventoryReport(String location_id,
			@PositiveOrZero Integer low_stock_threshold,
			Boolean include_zero_stock) {
	}

	/** Arguments of {@code stateset_create_product}. */
	public record CreateProduct(@NotBlank String name,
			@NotBlank String sku,
			String description,
			@NotNull @PositiveOrZero BigDecimal price) {
	}

	/** Arguments of {@code stateset_update_product}. */
	public record UpdateProduct(@NotBlank String product_id,
			String name,
			String sku,
			String description,
			@PositiveOrZero BigDecimal price) {
	}

	/** Arguments of {@code stateset_get_product_variants} and the tools sharing its shape. */
	public record ProductId(@NotBlank String product_id) {
	}

	/** Arguments of {@code stateset_create_product_variant}. */
	public record CreateProductVariant(@NotBlank String product_id,
			@NotBlank String sku,
			@NotBlank String name,
			@NotNull @PositiveOrZero BigDecimal price,
			String currency,
			@Positive Integer quantity,
			Map<String, Object> attributes) {
	}

	/** Arguments of {@code stateset_update_product_variant_price}. */
	public record UpdateProductVariantPrice(@NotBlank String variant_id,
			@NotNull @PositiveOrZero BigDecimal price,
			String currency) {
	}

	/** Arguments of {@code stateset_delete_product_variant}. */
	public record VariantId(@NotBlank String variant_id) {
	}

	/** Arguments of {@code stateset_record_production_metrics}. */
	public record RecordProductionMetrics(@NotBlank String production_line_id,
			@Description("ISO-8601 date, e.g. 2026-11-24") @NotBlank String shift_date,
			@NotNull Map<String, Object> metrics) {
	}

	/** Arguments of {@code stateset_get_production_metrics}. */
	public record GetProductionMetrics(String production_line_id,
			@Description("ISO-8601 date, e.g. 2026-11-24") String from_date,
			@Description("ISO-8601 date, e.g. 2026-11-24") String to_date) {
	}

	/** Arguments of {@code stateset_create_sales_order}. */
	public record CreateSalesOrder(@Description("Email address of the customer") @NotBlank @Email String customer_email,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@NotNull @Valid Address shipping_address,
			@Valid Address billing_address) {
	}

	/** Arguments of {@code stateset_update_sales_order}. */
	public record UpdateSalesOrder(@NotBlank String sales_order_id,
			@Description("The new status") String status,
			@Description("Line items") @Valid List<LineItem> items,
			@Valid Address shipping_address,
			@Valid Address billing_address) {
	}

	/** Arguments of {@code stateset_delete_sales_order} and the tools sharing its shape. */
	public record SalesOrderId(@NotBlank String sales_order_id) {
	}

	/** Arguments of {@code stateset_create_fulfillment_order}. */
	public record CreateFulfillmentOrder(@NotBlank String order_id,
			@Description("Email address of the customer") @NotBlank @Email String customer_email,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@NotBlank String carrier,
			@NotNull @Valid Address destination_address) {
	}

	/** Arguments of {@code stateset_update_fulfillment_order}. */
	public record UpdateFulfillmentOrder(@NotBlank String fulfillment_order_id,
			String carrier,
			@Description("The new status") String status,
			String tracking_number,
			@Valid Address destination_address) {
	}

	/** Arguments of {@code stateset_delete_fulfillment_order} and the tools sharing its shape. */
	public record FulfillmentOrderId(@NotBlank String fulfillment_order_id) {
	}

	/** Arguments of {@code stateset_create_purchase_order}. */
	public record CreatePurchaseOrder(@NotBlank @Email String vendor_email,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@NotNull @Valid Address shipping_address,
			@Valid Address billing_address) {
	}

	/** Arguments of {@code stateset_update_purchase_order}. */
	public record UpdatePurchaseOrder(@NotBlank String purchase_order_id,
			@Description("The new status") String status,
			@Description("Line items") @Valid List<LineItem> items,
			@Valid Address shipping_address,
			@Valid Address billing_address) {
	}

	/** Arguments of {@code stateset_approve_purchase_order} and the tools sharing its shape. */
	public record PurchaseOrderId(@NotBlank String purchase_order_id) {
	}

	/** Arguments of {@code stateset_cancel_purchase_order}. */
	public record CancelPurchaseOrder(@NotBlank String purchase_order_id,
			@Description("Why, in a sentence; kept in the audit trail") String reason) {
	}

	/** Arguments of {@code stateset_receive_purchase_order}. */
	public record ReceivePurchaseOrder(@NotBlank String purchase_order_id,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_create_asn}. */
	public record CreateAsn(@NotBlank String purchase_order_id,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@NotBlank String carrier,
			@NotNull @Valid Address destination_address) {
	}

	/** Arguments of {@code stateset_update_asn}. */
	public record UpdateAsn(@NotBlank String asn_id,
			String carrier,
			@Description("The new status") String status,
			String tracking_number,
			@Valid Address destination_address) {
	}

	/** Arguments of {@code stateset_mark_asn_in_transit}. */
	public record MarkAsnInTransit(@NotBlank String asn_id,
			String tracking_number,
			@Description("ISO-8601 date, e.g. 2026-11-24") String estimated_delivery) {
	}

	/** Arguments of {@code stateset_mark_asn_delivered}. */
	public record MarkAsnDelivered(@NotBlank String asn_id,
			@Description("ISO-8601 date, e.g. 2026-11-24") String delivery_date,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_cancel_asn}. */
	public record CancelAsn(@NotBlank String asn_id,
			@Description("Why, in a sentence; kept in the audit trail") String reason) {
	}

	/** Arguments of {@code stateset_delete_asn} and the tools sharing its shape. */
	public record AsnId(@NotBlank String asn_id) {
	}

	/** Arguments of {@code stateset_create_item_receipt}. */
	public record CreateItemReceipt(@NotBlank String order_id,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_update_item_receipt}. */
	public record UpdateItemReceipt(@NotBlank String item_receipt_id,
			@Description("Line items") @Valid List<LineItem> items,
			@Description("Free-text notes kept with the record") String notes) {
	}

	/** Arguments of {@code stateset_delete_item_receipt} and the tools sharing its shape. */
	public record ItemReceiptId(@NotBlank String item_receipt_id) {
	}

	/** Arguments of {@code stateset_create_cash_sale}. */
	public record CreateCashSale(@Description("Email address of the customer") @NotBlank @Email String customer_email,
			@Description("Line items") @NotEmpty @Valid List<LineItem> items,
			@NotBlank String payment_method) {
	}

	/** Arguments of {@code stateset_update_cash_sale}. */
	public record UpdateCashSale(@NotBlank String cash_sale_id,
			@Description("Line items") @Valid List<LineItem> items,
			String payment_method,
			@Description("The new status") String status) {
	}

	/** Arguments of {@code stateset_delete_cash_sale} and the tools sharing its shape. */
	public record CashSaleId(@NotBlank String cash_sale_id) {
	}

	/** Arguments of {@code stateset_create_supplier}. */
	public record CreateSupplier(@NotBlank String name,
			@NotBlank @Email String email,
			String phone,
			@Valid Address address,
			String contact_name,
			String payment_terms) {
	}

	/** Arguments of {@code stateset_update_supplier}. */
	public record UpdateSupplier(@NotBlank String supplier_id,
			String name,
			@Email String email,
			String phone,
			@Valid Address address,
			String contact_name,
			String payment_terms) {
	}

	/** Arguments of {@code stateset_get_supplier} and the tools sharing its shape. */
	public record SupplierId(@NotBlank String supplier_id) {
	}
}
