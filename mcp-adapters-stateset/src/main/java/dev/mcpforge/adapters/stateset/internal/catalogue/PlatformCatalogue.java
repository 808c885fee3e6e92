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

/** The analytics, reports, users, notifications and server health tools: one row per tool, one HTTP call each (domains.md §1.3). */
final class PlatformCatalogue {

	private PlatformCatalogue() {
	}

	static List<Operation> operations() {
		return List.of(
				// ---- Analytics ----
				get("stateset_get_dashboard_metrics", "/analytics/dashboard", null,
						"Key figures for a dashboard: orders, revenue, returns, stock alerts."),
				get("stateset_get_sales_trends", "/analytics/sales/trends", GetSalesTrends.class,
						"Sales over time in a date range, per day, week or month."),
				get("stateset_get_sales_metrics", "/analytics/sales", DateRange.class,
						"Sales totals (orders, revenue, average order value) in a date range."),
				get("stateset_get_inventory_metrics", "/analytics/inventory", LocationFilter.class,
						"Inventory figures (units on hand, reserved, low stock), optionally for one location."),
				get("stateset_get_shipment_metrics", "/analytics/shipments", DateRange.class,
						"Shipment figures (shipped, delivered, in transit, exceptions) in a date range."),
				get("stateset_get_cart_metrics", "/analytics/carts", DateRange.class,
						"Cart figures (active, abandoned, conversion) in a date range."),
				// ---- Reports ----
				get("stateset_get_order_report", "/reports/orders", GetReturnsReport.class,
						"Report on orders in a date range, optionally filtered by status and grouped."),
				// ---- Users ----
				get("stateset_list_users", "/users", Page.class,
						"List users, page by page (page starts at 1, per_page up to 100)."),
				get("stateset_get_user", "/users/{user_id}", UserId.class,
						"Get a user by id."),
				post("stateset_create_user", "/users", CreateUser.class,
						"Create a user with email, name, password and role."),
				put("stateset_update_user", "/users/{user_id}", UpdateUser.class,
						"Update a user by id; only the fields you pass change."),
				delete("stateset_delete_user", "/users/{user_id}", UserId.class,
						"Delete a user by id. Cannot be undone."),
				post("stateset_change_password", "/users/{user_id}/change-password", ChangePassword.class,
						"Change a user's password; needs the current one."),
				get("stateset_get_user_profile", "/users/profile", null,
						"Get the profile of the user the API key belongs to."),
				// ---- Notifications ----
				get("stateset_list_notifications", "/notifications", ListNotifications.class,
						"List notifications, optionally only unread ones."),
				get("stateset_get_notification", "/notifications/{notification_id}", NotificationId.class,
						"Get a notification by id."),
				post("stateset_mark_notification_read", "/notifications/{notification_id}/read", NotificationId.class,
						"Mark a notification as read."),
				post("stateset_mark_notification_unread", "/notifications/{notification_id}/unread", NotificationId.class,
						"Mark a notification as unread."),
				delete("stateset_delete_notification", "/notifications/{notification_id}/delete", NotificationId.class,
						"Delete a notification by id. Cannot be undone."),
				// ---- Server / ops ----
				get("stateset_health_check", "/health", null,
						"Check that the StateSet API is reachable and healthy."));
	}
}
