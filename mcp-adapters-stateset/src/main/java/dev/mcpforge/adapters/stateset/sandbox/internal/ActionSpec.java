package dev.mcpforge.adapters.stateset.sandbox.internal;

/**
 * An action route {@code POST /{family}/{id}/{name}}: moves the entity to {@code targetStatus} (null: no status change),
 * subject to the family's transition table, then runs {@code hook}.
 */
public record ActionSpec(String name, String targetStatus, ActionHook hook) {

	public static ActionSpec to(String name, String targetStatus) {
		return new ActionSpec(name, targetStatus, ActionHook.NONE);
	}

	public static ActionSpec to(String name, String targetStatus, ActionHook hook) {
		return new ActionSpec(name, targetStatus, hook);
	}

	public static ActionSpec effect(String name, ActionHook hook) {
		return new ActionSpec(name, null, hook);
	}
}
