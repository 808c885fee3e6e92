package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Side effects of an entity action beyond the status change, e.g. shipping an order creates a shipment.
 * Runs under the store lock after the transition was validated and applied to {@code entity}.
 */
@FunctionalInterface
public interface ActionHook {

	ActionHook NONE = (store, entity, body) -> { };

	void apply(EntityStore store, ObjectNode entity, ObjectNode body);
}
