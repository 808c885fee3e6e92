package dev.mcpforge.adapters.stateset.internal.args;

import dev.mcpforge.core.Description;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** One line of an order-like document. */
public record LineItem(@Description("The product, e.g. PRD-1") @NotBlank String product_id,
		@NotNull @Positive Integer quantity,
		@Description("Price per unit; defaults to the product's price where StateSet knows it") @PositiveOrZero BigDecimal unit_price,
		@PositiveOrZero BigDecimal tax_rate,
		String description) {
}
