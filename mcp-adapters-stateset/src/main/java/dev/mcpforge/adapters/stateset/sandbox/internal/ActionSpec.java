package dev.mcpforge.adapters.stateset.sandbox.internal;

/**
 * An action route {@code POST /{family}/{id}/{name}}: moves the entity to {@code targetStatus} (null: no status change),
 * subject to the family's transition table, merges the body's fields into the entity when {@code mergeBody}
 * (e.g. {@code assigned_to}, {@code tracking_number}, {@code resolution}; never {@code id} or {@code status}), then runs
 * {@code hook}.
 */
public record ActionSpec(String name, String targetStatus, boolean mergeBody, ActionHook hook) {

	public static ActionSpec to(String name, String targetStatus) {
		return new ActionSpec(name, targetStatus, true, ActionHook.NONE);
	}

	public static ActionSpec to(String name, String targetStatus, ActionHook hook) {
		return new ActionSpec(name, targetStatus, true, hook);
	}

	/** A side effect only: no status change, and the body is the hook's input, not merged. */
	public static ActionSpec effect(String name, ActionHook hook) {
		return new ActionSpec(name, null, false, hook);
	}

	/** No status change; the body's fields are merged (e.g. {@code assign} with {@code assigned_to}). */
	public static ActionSpec record(String name) {
		return new ActionSpec(name, null, true, ActionHook.NONE);
	}
}
