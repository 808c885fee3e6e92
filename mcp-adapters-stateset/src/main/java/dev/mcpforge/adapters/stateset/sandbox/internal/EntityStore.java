package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's in-memory state: one insertion-ordered map of JSON entities per family.
 * Every operation holds the store's monitor, so a request sees and leaves a consistent state;
 * callers get copies, never the stored nodes.
 */
public final class EntityStore {

	private static final List<String> IMMUTABLE = List.of("id", "created_at", "updated_at", "status_history");

	private final ObjectMapper mapper;
	private final Map<String, EntityFamily> families = new LinkedHashMap<>();
	private final Map<String, LinkedHashMap<String, ObjectNode>> tables = new HashMap<>();
	private final Map<String, AtomicLong> sequences = new HashMap<>();
	private final Map<String, String> secrets = new HashMap<>();

	public EntityStore(ObjectMapper mapper, List<EntityFamily> rows) {
		this.mapper = mapper;
		for (EntityFamily f : rows) {
			families.put(f.name(), f);
			tables.put(f.name(), new LinkedHashMap<>());
		}
	}

	public ObjectMapper mapper() {
		return mapper;
	}

	public List<EntityFamily> families() {
		return List.copyOf(families.values());
	}

	public EntityFamily family(String name) {
		EntityFamily f = families.get(name);
		if (f == null) {
			throw new IllegalArgumentException("no such entity family: " + name);
		}
		return f;
	}

	/** A fresh id for the family or for an embedded item prefix. */
	public synchronized String nextId(String prefix) {
		return prefix + "-" + sequences.computeIfAbsent(prefix, k -> new AtomicLong()).incrementAndGet();
	}

	// ---- reads ----

	public synchronized ObjectNode get(String family, String id) {
		return require(family, id).deepCopy();
	}

	/** The stored node itself, for hooks running under the lock; empty when absent. */
	public synchronized Optional<ObjectNode> find(String family, String id) {
		return Optional.ofNullable(tables.get(family).get(id));
	}

	public synchronized List<ObjectNode> list(String family) {
		List<ObjectNode> out = new ArrayList<>();
		tables.get(family).values().forEach(e -> out.add(e.deepCopy()));
		return out;
	}

	public synchronized int count(String family) {
		return tables.get(family).size();
	}

	// ---- writes ----

	public synchronized ObjectNode create(String familyName, ObjectNode body) {
		EntityFamily family = family(familyName);
		List<String> missing = new ArrayList<>();
		for (String field : family.required()) {
			JsonNode v = body.get(field);
			if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
				missing.add(field);
			}
		}
		if (!missing.isEmpty()) {
			ObjectNode details = mapper.createObjectNode();
			details.set("missing_fields", mapper.valueToTree(missing));
			throw new ApiException(422, "Validation failed: missing required field(s) " + String.join(", ", missing), details);
		}
		ObjectNode entity = body.deepCopy();
		IMMUTABLE.forEach(entity::remove);
		checkEnums(family, entity);
		if (family.hasStatus()) {
			String status = entity.path("status").asText(family.initialStatus());
			checkStatusValue(family, status);
			entity.put("status", status);
		}
		String now = Instant.now().toString();
		String id = nextId(family.idPrefix());
		ObjectNode stored = mapper.createObjectNode();
		stored.put("id", id);
		stored.setAll(entity);
		stored.put("created_at", now);
		stored.put("updated_at", now);
		for (Map.Entry<String, String> e : family.embedded().entrySet()) {
			JsonNode items = stored.get(e.getKey());
			if (items == null || !items.isArray()) {
				stored.putArray(e.getKey());
			} else {
				items.forEach(item -> {
					if (item.isObject() && !item.hasNonNull("id")) {
						((ObjectNode) item).put("id", nextId(e.getValue()));
					}
				});
			}
		}
		family.onCreate().apply(this, stored, body);
		tables.get(family.name()).put(id, stored);
		return stored.deepCopy();
	}

	/** Inserts a seed entity as given (its {@code id} must be set); keeps the id sequence ahead of it. */
	public synchronized void insert(String familyName, ObjectNode entity) {
		EntityFamily family = family(familyName);
		String id = entity.get("id").asText();
		String now = Instant.now().toString();
		if (!entity.has("created_at")) {
			entity.put("created_at", now);
		}
		if (!entity.has("updated_at")) {
			entity.put("updated_at", now);
		}
		tables.get(family.name()).put(id, entity);
		bumpSequence(id);
		for (String field : family.embedded().keySet()) {
			if (!entity.has(field)) {
				entity.putArray(field);
			}
			entity.get(field).forEach(item -> bumpSequence(item.path("id").asText()));
		}
	}

	/** Keeps the sequence of an id's prefix at or above its number, so seeded ids are never handed out again. */
	private void bumpSequence(String id) {
		int dash = id.lastIndexOf('-');
		String suffix = id.substring(dash + 1);
		if (dash > 0 && !suffix.isEmpty() && suffix.chars().allMatch(Character::isDigit)) {
			sequences.computeIfAbsent(id.substring(0, dash), k -> new AtomicLong()).accumulateAndGet(Long.parseLong(suffix), Math::max);
		}
	}

	/** PATCH and PUT alike: merges the body's fields; a status change must be allowed by the transition table. */
	public synchronized ObjectNode update(String familyName, String id, ObjectNode body) {
		EntityFamily family = family(familyName);
		ObjectNode stored = require(familyName, id).deepCopy(); // work on a copy: a refused change leaves no trace
		ObjectNode changes = body.deepCopy();
		IMMUTABLE.forEach(changes::remove);
		checkEnums(family, changes);
		if (family.hasStatus()) {
			JsonNode status = changes.remove("status");
			if (status != null && !status.isNull()) {
				transition(family, stored, status.asText(), "update", body);
			}
		} // a family without a status enum keeps "status" as a plain field
		stored.setAll(changes);
		family.onUpdate().apply(this, stored, body);
		touch(stored);
		tables.get(familyName).put(id, stored);
		return stored.deepCopy();
	}

	public synchronized void delete(String familyName, String id) {
		require(familyName, id);
		tables.get(familyName).remove(id);
	}

	/** Runs an action route: the status change (checked against the table), then the action's hook. */
	public synchronized ObjectNode act(String familyName, String id, ActionSpec action, ObjectNode body) {
		EntityFamily family = family(familyName);
		ObjectNode stored = require(familyName, id);
		// validate and apply on a copy first, so a hook failing leaves no half-done state behind
		ObjectNode working = stored.deepCopy();
		if (action.targetStatus() != null) {
			String from = working.path("status").asText();
			if (from.equals(action.targetStatus())) {
				throw ApiException.conflict(singular(family) + " " + id + " is already " + from);
			}
			transition(family, working, action.targetStatus(), action.name(), body);
		}
		if (action.mergeBody()) {
			ObjectNode fields = body.deepCopy();
			IMMUTABLE.forEach(fields::remove);
			fields.remove("status");
			checkEnums(family, fields);
			working.setAll(fields);
		}
		Map<String, ObjectNode> snapshot = snapshot();
		try {
			action.hook().apply(this, working, body);
		} catch (RuntimeException e) {
			restore(snapshot);
			throw e;
		}
		touch(working);
		tables.get(familyName).put(id, working);
		return working.deepCopy();
	}

	/**
	 * Moves {@code entity} to {@code to}: 422 for a value outside the enum, 409 for a move the table forbids.
	 * Records the change in {@code status_history}.
	 */
	public synchronized void transition(EntityFamily family, ObjectNode entity, String to, String via, JsonNode details) {
		checkStatusValue(family, to);
		String from = entity.path("status").asText();
		if (from.equals(to)) {
			return;
		}
		if (!family.canTransition(from, to)) {
			ObjectNode d = mapper.createObjectNode();
			d.put("current_status", from);
			d.put("requested_status", to);
			d.set("allowed_transitions", mapper.valueToTree(family.allowedFrom(from)));
			String allowed = family.allowedFrom(from).isEmpty() ? "none, " + from + " is final"
					: String.join(", ", family.allowedFrom(from));
			throw new ApiException(409, "Cannot change " + singular(family) + " " + entity.path("id").asText()
					+ " from " + from + " to " + to + " (" + via + "); allowed from " + from + ": " + allowed, d);
		}
		entity.put("status", to);
		ArrayNode history = entity.has("status_history") && entity.get("status_history").isArray()
				? (ArrayNode) entity.get("status_history") : entity.putArray("status_history");
		ObjectNode h = history.addObject();
		h.put("from", from);
		h.put("to", to);
		h.put("via", via);
		h.put("at", Instant.now().toString());
		if (details != null && details.isObject() && details.has("reason")) {
			h.set("reason", details.get("reason"));
		}
		touch(entity);
	}

	/** Moves a stored entity of another family (for hooks); returns false and changes nothing if the table forbids it. */
	public synchronized boolean tryTransition(String familyName, String id, String to, String via) {
		EntityFamily family = family(familyName);
		ObjectNode stored = tables.get(familyName).get(id);
		if (stored == null || !family.canTransition(stored.path("status").asText(), to)) {
			return false;
		}
		transition(family, stored, to, via, null);
		return true;
	}

	/** Creates an entity from a hook, skipping the create validation (the hook built a complete body). */
	public synchronized ObjectNode createInternal(String familyName, ObjectNode fields) {
		EntityFamily family = family(familyName);
		String now = Instant.now().toString();
		ObjectNode stored = mapper.createObjectNode();
		stored.put("id", nextId(family.idPrefix()));
		stored.setAll(fields);
		stored.put("created_at", now);
		stored.put("updated_at", now);
		tables.get(familyName).put(stored.get("id").asText(), stored);
		return stored;
	}

	/** Side data that is never part of an entity (e.g. a registered customer's password). */
	public synchronized void putSecret(String key, String value) {
		secrets.put(key, value);
	}

	public synchronized String secret(String key) {
		return secrets.get(key);
	}

	public synchronized void clear() {
		tables.values().forEach(Map::clear);
		sequences.clear();
		secrets.clear();
	}

	// ---- helpers ----

	private ObjectNode require(String family, String id) {
		ObjectNode e = tables.get(family).get(id);
		if (e == null) {
			throw ApiException.notFound(capitalize(singular(family(family))) + " " + id);
		}
		return e;
	}

	private void checkStatusValue(EntityFamily family, String status) {
		if (!family.statuses().contains(status)) {
			ObjectNode d = mapper.createObjectNode();
			d.set("allowed_values", mapper.valueToTree(family.statuses()));
			throw new ApiException(422, "Invalid " + singular(family) + " status '" + status + "'; expected one of "
					+ String.join(", ", family.statuses()), d);
		}
	}

	private void checkEnums(EntityFamily family, ObjectNode entity) {
		for (Map.Entry<String, java.util.Set<String>> e : family.enums().entrySet()) {
			JsonNode v = entity.get(e.getKey());
			if (v != null && !v.isNull() && !e.getValue().contains(v.asText())) {
				ObjectNode d = mapper.createObjectNode();
				d.put("field", e.getKey());
				d.set("allowed_values", mapper.valueToTree(e.getValue()));
				throw new ApiException(422, "Invalid " + e.getKey() + " '" + v.asText() + "'; expected one of "
						+ String.join(", ", e.getValue()), d);
			}
		}
	}

	private static void touch(ObjectNode entity) {
		entity.put("updated_at", Instant.now().toString());
	}

	private Map<String, ObjectNode> snapshot() {
		Map<String, ObjectNode> copy = new HashMap<>();
		tables.forEach((name, table) -> table.forEach((id, e) -> copy.put(name + "\u0000" + id, e.deepCopy())));
		return copy;
	}

	private void restore(Map<String, ObjectNode> snapshot) {
		tables.values().forEach(Map::clear);
		for (Map.Entry<String, ObjectNode> e : snapshot.entrySet()) {
			String[] key = e.getKey().split("\u0000", 2);
			tables.get(key[0]).put(key[1], e.getValue());
		}
	}

	/** "orders" → "order", "inventory" → "inventory", "addresses" → "address". */
	public static String singular(EntityFamily family) {
		String n = family.name().replace('-', ' ');
		if (n.endsWith("sses")) {
			return n.substring(0, n.length() - 2);
		}
		if (n.endsWith("ies")) {
			return n.substring(0, n.length() - 3) + "y";
		}
		return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
	}

	private static String capitalize(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
