package dev.mcpforge.adapters.stateset.sandbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the sandbox's entity table: where a family lives (one or more path aliases), how its ids look,
 * which statuses and transitions it has, which fields a create needs, and which action routes it serves.
 *
 * @param name         the family's name, also the store key (e.g. {@code returns})
 * @param paths        path aliases below the base path, e.g. {@code rmas} and {@code returns}; may contain a slash
 * @param idPrefix     ids look like {@code <prefix>-<n>}
 * @param statuses     allowed values of {@code status}; empty means the family has no status
 * @param initialStatus status of a created entity when the body names none
 * @param transitions  from-status → the statuses it may move to; a status absent here is terminal
 * @param required     fields a create must carry (non-null, non-blank)
 * @param enums        other enumerated fields and their allowed values
 * @param actions      action routes {@code POST /{path}/{id}/{action}}
 * @param embedded     sub-collections kept as an array field: {@code /{path}/{id}/{name}} (GET, POST, PUT/DELETE by item id)
 * @param linked       sub-collections kept in another family, joined on a foreign key
 * @param lookups      {@code GET /{path}/{segment}/{value}} finds entities whose {@code field} equals the value
 * @param onCreate     validation and derived fields of a created entity, run under the store lock
 * @param onUpdate     derived fields after an update (PATCH/PUT), run under the store lock
 * @param mergeRoutes  {@code PUT|PATCH /{path}/{id}/{segment}} merges the body into the entity (e.g. checkout's
 *                     {@code /customer}, {@code /shipping}, {@code /payment}; a variant's {@code /price})
 * @param collectionActions {@code POST /{path}/{segment}} with the entity id in a body field runs an action
 *                     (e.g. {@code POST /payments/refund {"payment_id": …}})
 * @param collectionRoutes computed routes {@code METHOD /{path}/{segment}} (low stock, login, register, profile)
 */
public record EntityFamily(
		String name,
		List<String> paths,
		String idPrefix,
		List<String> statuses,
		String initialStatus,
		Map<String, Set<String>> transitions,
		List<String> required,
		Map<String, Set<String>> enums,
		Map<String, ActionSpec> actions,
		Map<String, String> embedded,
		Map<String, Link> linked,
		Map<String, Lookup> lookups,
		ActionHook onCreate,
		ActionHook onUpdate,
		java.util.Set<String> mergeRoutes,
		Map<String, CollectionAction> collectionActions,
		List<CollectionHook.Route> collectionRoutes) {

	/** {@code POST /{path}/{segment}}: runs {@code action} on the entity whose id is in body field {@code idField}. */
	public record CollectionAction(String action, String idField) {
	}

	/** A sub-collection served from another family. */
	public record Link(String family, String foreignKey) {
	}

	/** A by-field lookup route; {@code many} answers a list instead of one entity. */
	public record Lookup(String field, boolean many) {
	}

	public boolean hasStatus() {
		return !statuses.isEmpty();
	}

	/** True when {@code from → to} is in the transition table (staying in the same status is always allowed). */
	public boolean canTransition(String from, String to) {
		return from.equals(to) || transitions.getOrDefault(from, Set.of()).contains(to);
	}

	public Set<String> allowedFrom(String from) {
		return transitions.getOrDefault(from, Set.of());
	}

	public static Builder named(String name) {
		return new Builder(name);
	}

	/** Fluent construction of one table row. */
	public static final class Builder {
		private final String name;
		private final List<String> paths = new ArrayList<>();
		private String idPrefix;
		private final List<String> statuses = new ArrayList<>();
		private String initialStatus;
		private final Map<String, Set<String>> transitions = new LinkedHashMap<>();
		private final List<String> required = new ArrayList<>();
		private final Map<String, Set<String>> enums = new LinkedHashMap<>();
		private final Map<String, ActionSpec> actions = new LinkedHashMap<>();
		private final Map<String, String> embedded = new LinkedHashMap<>();
		private final Map<String, Link> linked = new LinkedHashMap<>();
		private final Map<String, Lookup> lookups = new LinkedHashMap<>();
		private ActionHook onCreate = ActionHook.NONE;
		private ActionHook onUpdate = ActionHook.NONE;
		private final Set<String> mergeRoutes = new LinkedHashSet<>();
		private final Map<String, CollectionAction> collectionActions = new LinkedHashMap<>();
		private final List<CollectionHook.Route> collectionRoutes = new ArrayList<>();

		private Builder(String name) {
			this.name = name;
		}

		public Builder paths(String... aliases) {
			paths.addAll(List.of(aliases));
			return this;
		}

		public Builder idPrefix(String prefix) {
			this.idPrefix = prefix;
			return this;
		}

		/** The allowed statuses; the first one is the initial status. */
		public Builder statuses(String... values) {
			statuses.addAll(List.of(values));
			if (initialStatus == null && values.length > 0) {
				initialStatus = values[0];
			}
			return this;
		}

		public Builder transition(String from, String... to) {
			transitions.computeIfAbsent(from, k -> new LinkedHashSet<>()).addAll(List.of(to));
			return this;
		}

		public Builder required(String... fields) {
			required.addAll(List.of(fields));
			return this;
		}

		public Builder enumField(String field, String... values) {
			enums.put(field, new LinkedHashSet<>(List.of(values)));
			return this;
		}

		public Builder action(String action, String targetStatus) {
			actions.put(action, ActionSpec.to(action, targetStatus));
			return this;
		}

		public Builder action(String action, String targetStatus, ActionHook hook) {
			actions.put(action, ActionSpec.to(action, targetStatus, hook));
			return this;
		}

		/** An action that changes no status and merges its body into the entity. */
		public Builder record(String action) {
			actions.put(action, ActionSpec.record(action));
			return this;
		}

		public Builder effect(String action, ActionHook hook) {
			actions.put(action, ActionSpec.effect(action, hook));
			return this;
		}

		/** An array field served as a sub-collection; items get ids {@code <itemIdPrefix>-<n>}. */
		public Builder embedded(String field, String itemIdPrefix) {
			embedded.put(field, itemIdPrefix);
			return this;
		}

		public Builder linked(String segment, String family, String foreignKey) {
			linked.put(segment, new Link(family, foreignKey));
			return this;
		}

		public Builder lookup(String segment, String field, boolean many) {
			lookups.put(segment, new Lookup(field, many));
			return this;
		}

		public Builder onCreate(ActionHook hook) {
			this.onCreate = hook;
			return this;
		}

		public Builder onUpdate(ActionHook hook) {
			this.onUpdate = hook;
			return this;
		}

		public Builder mergeRoute(String... segments) {
			mergeRoutes.addAll(List.of(segments));
			return this;
		}

		public Builder collectionAction(String segment, String action, String idField) {
			collectionActions.put(segment, new CollectionAction(action, idField));
			return this;
		}

		public Builder collectionRoute(String method, String segment, int status, CollectionHook hook) {
			collectionRoutes.add(new CollectionHook.Route(method, segment, status, hook));
			return this;
		}

		public EntityFamily build() {
			if (paths.isEmpty()) {
				paths.add(name);
			}
			for (Map.Entry<String, Set<String>> e : transitions.entrySet()) {
				check(e.getKey());
				e.getValue().forEach(this::check);
			}
			actions.values().stream().map(ActionSpec::targetStatus).filter(s -> s != null).forEach(this::check);
			for (CollectionAction c : collectionActions.values()) {
				if (!actions.containsKey(c.action())) {
					throw new IllegalStateException(name + ": collection action refers to unknown action " + c.action());
				}
			}
			return new EntityFamily(name, List.copyOf(paths), idPrefix, List.copyOf(statuses), initialStatus,
					Map.copyOf(transitions), List.copyOf(required), Map.copyOf(enums), Map.copyOf(actions),
					Map.copyOf(embedded), Map.copyOf(linked), Map.copyOf(lookups), onCreate, onUpdate,
					Set.copyOf(mergeRoutes), Map.copyOf(collectionActions), List.copyOf(collectionRoutes));
		}

		private void check(String status) {
			if (!statuses.contains(status)) {
				throw new IllegalStateException(name + ": unknown status in table: " + status);
			}
		}
	}
}
