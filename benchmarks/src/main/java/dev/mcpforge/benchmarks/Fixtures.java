package dev.mcpforge.benchmarks;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.mcpforge.core.Description;

/** A realistic tool argument record (constraints, nesting, a list) and matching arguments. */
final class Fixtures {

	record Address(@NotBlank String street, @NotBlank String city, @NotNull @Pattern(regexp = "[0-9]{5}") String zip) {
	}

	record Order(@Description("Customer e-mail") @NotNull @Email String email,
			@Description("Display name") @NotBlank @Size(min = 2, max = 40) String name, @Min(1) int quantity,
			@NotNull @Valid Address shipTo, @Size(max = 10) List<@NotBlank String> tags) {
	}

	record Echo(String message) {
	}

	static final Map<String, Object> ORDER_ARGUMENTS = Map.of("email", "ann@example.com", "name", "Ann Example",
			"quantity", 3, "shipTo", Map.of("street", "Main Street 1", "city", "Berlin", "zip", "10115"), "tags",
			List.of("gift", "express"));

	private Fixtures() {
	}

}
