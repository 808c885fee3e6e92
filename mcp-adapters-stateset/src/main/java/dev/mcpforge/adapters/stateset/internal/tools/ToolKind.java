package dev.mcpforge.adapters.stateset.internal.tools;

import dev.mcpforge.core.ToolHints;
import java.util.List;
import java.util.Locale;

/**
 * What a tool does to the data, read from the verb in its name the way the upstream StateSet server does: it picks
 * the rate-limit bucket and timeout of the call (the category) and the tool's annotations. A name matching no rule
 * counts as a create, as upstream.
 */
public enum ToolKind {
	READ(true, false, true), SEARCH(true, false, true), CREATE(false, false, false), UPDATE(false, false, true),
	DELETE(false, true, true), CANCEL(false, true, false), BATCH(false, false, false), ADMIN(false, false, false);

	private static final List<String> READ_VERBS = List.of("get_", "list_", "track_", "health_");
	private static final List<String> UPDATE_VERBS = List.of("update_", "mark_", "approve_", "restock_", "extend_",
			"assign_", "complete_", "start_", "hold_", "schedule_", "install_", "close_", "release_", "archive_",
			"apply_", "receive_", "reserve_", "clear_cart", "remove_component");

	private final boolean readOnly;
	private final boolean destructive;
	private final boolean idempotent;

	ToolKind(boolean readOnly, boolean destructive, boolean idempotent) {
		this.readOnly = readOnly;
		this.destructive = destructive;
		this.idempotent = idempotent;
	}

	public static ToolKind of(String toolName) {
		String verb = toolName.startsWith("stateset_") ? toolName.substring("stateset_".length()) : toolName;
		if (verb.contains("batch") || verb.contains("import")) {
			return BATCH;
		}
		if (verb.contains("search")) {
			return SEARCH;
		}
		if (verb.endsWith("_stats") || verb.endsWith("_config") || verb.endsWith("_limits")) {
			return READ;
		}
		if (startsWithAny(verb, READ_VERBS)) {
			return READ;
		}
		if (verb.startsWith("delete_") || verb.startsWith("remove_") && !verb.equals("remove_component")) {
			return DELETE;
		}
		if (verb.startsWith("cancel_")) {
			return CANCEL;
		}
		if (startsWithAny(verb, UPDATE_VERBS)) {
			return UPDATE;
		}
		if (verb.endsWith("_user") || verb.equals("change_password") || verb.contains("cache")) {
			return ADMIN;
		}
		return CREATE;
	}

	/** The rate-limit and timeout category of the upstream call, e.g. {@code read}. */
	public String category() {
		return this == CANCEL ? "update" : name().toLowerCase(Locale.ROOT);
	}

	public ToolHints hints() {
		ToolHints hints = ToolHints.NONE.withReadOnly(readOnly).withOpenWorld(true);
		if (!readOnly) {
			hints = hints.withDestructive(destructive).withIdempotent(idempotent);
		}
		return hints;
	}

	private static boolean startsWithAny(String verb, List<String> prefixes) {
		return prefixes.stream().anyMatch(verb::startsWith);
	}
}
