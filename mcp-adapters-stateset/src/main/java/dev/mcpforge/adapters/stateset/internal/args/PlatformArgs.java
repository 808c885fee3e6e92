package dev.mcpforge.adapters.stateset.internal.args;

import dev.mcpforge.core.Description;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;


/**
 * Argument records of the analytics, reports, users, notifications and server health tools.
 * Component names are StateSet's wire names, so the schema a model sees matches the API documentation.
 */
public final class PlatformArgs {

	private PlatformArgs() {
	}

	/** Arguments of {@code stateset_get_sales_trends}. */
	public record GetSalesTrends(@Description("ISO-8601 date, e.g. 2026-11-24") String from_date,
			@Description("ISO-8601 date, e.g. 2026-11-24") String to_date,
			String interval) {
	}

	/** Arguments of {@code stateset_get_sales_metrics} and the tools sharing its shape. */
	public record DateRange(@Description("ISO-8601 date, e.g. 2026-11-24") String from_date,
			@Description("ISO-8601 date, e.g. 2026-11-24") String to_date) {
	}

	/** Arguments of {@code stateset_get_inventory_metrics}. */
	public record LocationFilter(String location_id) {
	}

	/** Arguments of {@code stateset_get_user} and the tools sharing its shape. */
	public record UserId(@NotBlank String user_id) {
	}

	/** Arguments of {@code stateset_create_user}. */
	public record CreateUser(@NotBlank @Email String email,
			@NotBlank String name,
			String role,
			@NotBlank String password) {
	}

	/** Arguments of {@code stateset_update_user}. */
	public record UpdateUser(@NotBlank String user_id,
			@Email String email,
			String name,
			String role) {
	}

	/** Arguments of {@code stateset_change_password}. */
	public record ChangePassword(@NotBlank String user_id,
			@NotBlank String current_password,
			@NotBlank String new_password) {
	}

	/** Arguments of {@code stateset_list_notifications}. */
	public record ListNotifications(@Description("Page number, starting at 1") @Min(1) Integer page,
			@Description("Results per page (1-100)") @Min(1) @Max(100) Integer per_page,
			Boolean unread_only) {
	}

	/** Arguments of {@code stateset_get_notification} and the tools sharing its shape. */
	public record NotificationId(@NotBlank String notification_id) {
	}
}
