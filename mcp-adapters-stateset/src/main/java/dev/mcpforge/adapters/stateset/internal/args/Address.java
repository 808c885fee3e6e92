package dev.mcpforge.adapters.stateset.internal.args;

import jakarta.validation.constraints.NotBlank;

/** A postal address as StateSet stores it. */
public record Address(@NotBlank String street, @NotBlank String city, String state, @NotBlank String postal_code,
		@NotBlank String country) {
}
