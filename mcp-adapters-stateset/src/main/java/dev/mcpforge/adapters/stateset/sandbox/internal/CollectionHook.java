package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A collection-level route such as {@code GET /inventory/low-stock} or {@code POST /customers/login}; answers the {@code data}. */
@FunctionalInterface
public interface CollectionHook {

	JsonNode apply(EntityStore store, Map<String, String> params, ObjectNode body);

	/** A route of one family: method, the segment after the family path, the success status, and the hook. */
	record Route(String method, String segment, int status, CollectionHook hook) {
	}
}
