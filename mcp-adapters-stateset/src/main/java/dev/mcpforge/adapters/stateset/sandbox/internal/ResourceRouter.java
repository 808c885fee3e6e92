package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one generic router over the entity table. Below the base path it serves, for every alias of every family:
 * <pre>
 * GET    /{family}                      list (paged)        POST /{family}                 create (201)
 * GET    /{family}/{id}                 read                PATCH|PUT /{family}/{id}       update (merge)
 * DELETE /{family}/{id}                 delete
 * PUT|PATCH|POST /{family}/{id}/status  status change       POST /{family}/{id}/{action}   action from the table
 * GET|POST /{family}/{id}/{sub}         embedded or linked sub-collection
 * PUT|PATCH|DELETE /{family}/{id}/{sub}/{itemId}  embedded item
 * GET    /{family}/{lookup}/{value}     by-field lookup (e.g. /orders/by-number/SO-10001)
 * </pre>
 * plus {@code GET /health}, {@code GET /status}, {@code GET /shipments/{id}/track}, the reports and analytics views
 * ({@link Reports}) and each family's collection routes.
 */
public final class ResourceRouter {

	/** A routed answer: HTTP status and the {@code data} of the success envelope. */
	public record Result(int status, JsonNode data) {
	}

	private final EntityStore store;
	private final ObjectMapper mapper;
	private final List<Route> routes = new ArrayList<>();

	private record Route(List<String> alias, EntityFamily family) {
	}

	public ResourceRouter(EntityStore store) {
		this.store = store;
		this.mapper = store.mapper();
		for (EntityFamily f : store.families()) {
			for (String alias : f.paths()) {
				routes.add(new Route(List.of(alias.split("/")), f));
			}
		}
		// longest alias first, so /warranties/claims wins over /warranties
		routes.sort((a, b) -> Integer.compare(b.alias().size(), a.alias().size()));
	}

	/** Whether the route changes state (used for read-only keys). */
	public static boolean isWrite(String method) {
		return !method.equals("GET") && !method.equals("HEAD");
	}

	public Result route(String method, List<String> segments, Map<String, String> params, ObjectNode body) {
		CollectionHook report = Reports.ROUTES.get(String.join("/", segments));
		if (report != null) {
			requireMethod(method, "GET");
			return ok(report.apply(store, params, body));
		}
		if (segments.size() == 1 && (segments.get(0).equals("health") || segments.get(0).equals("status"))) {
			requireMethod(method, "GET");
			ObjectNode health = mapper.createObjectNode();
			health.put("status", "healthy");
			health.put("service", "stateset-sandbox");
			return ok(health);
		}
		for (Route r : routes) {
			if (startsWith(segments, r.alias())) {
				return routeFamily(method, r.family(), segments.subList(r.alias().size(), segments.size()), params, body);
			}
		}
		throw new ApiException(404, "No route for /" + String.join("/", segments));
	}

	private Result routeFamily(String method, EntityFamily family, List<String> rest, Map<String, String> params, ObjectNode body) {
		String name = family.name();
		switch (rest.size()) {
			case 0:
				if (method.equals("GET")) {
					return ok(ListQuery.parse(params).apply(store.list(name), mapper));
				}
				requireMethod(method, "POST");
				return new Result(201, store.create(name, body));
			case 1:
				for (CollectionHook.Route r : family.collectionRoutes()) {
					if (r.method().equals(method) && r.segment().equals(rest.get(0))) {
						return new Result(r.status(), r.hook().apply(store, params, body));
					}
				}
				EntityFamily.CollectionAction collective = family.collectionActions().get(rest.get(0));
				if (collective != null && method.equals("POST")) {
					String target = body.path(collective.idField()).asText();
					if (target.isEmpty()) {
						throw ApiException.unprocessable(collective.idField() + " is required");
					}
					return ok(store.act(name, target, family.actions().get(collective.action()), body));
				}
				return routeEntity(method, family, rest.get(0), body);
			case 2:
				return routeSub(method, family, rest.get(0), rest.get(1), params, body);
			case 3:
				synchronized (store) {
					return routeSubItem(method, family, rest.get(0), rest.get(1), rest.get(2), body);
				}
			default:
				throw new ApiException(404, "No route for " + family.paths().get(0) + "/" + String.join("/", rest));
		}
	}

	private Result routeEntity(String method, EntityFamily family, String id, ObjectNode body) {
		switch (method) {
			case "GET":
				return ok(store.get(family.name(), id));
			case "PATCH":
			case "PUT":
				return ok(store.update(family.name(), id, body));
			case "POST":
				if (family.name().equals("checkouts")) {
					return ok(store.update(family.name(), id, body)); // ACP: POST /checkout_sessions/{id} updates
				}
				throw methodNotAllowed(method);
			case "DELETE":
				store.delete(family.name(), id);
				ObjectNode gone = mapper.createObjectNode();
				gone.put("id", id);
				gone.put("deleted", true);
				return ok(gone);
			default:
				throw methodNotAllowed(method);
		}
	}

	private Result routeSub(String method, EntityFamily family, String first, String second, Map<String, String> params, ObjectNode body) {
		EntityFamily.Lookup lookup = family.lookups().get(first);
		if (lookup != null && method.equals("GET")) {
			return ok(lookup(family, lookup, second));
		}
		String id = first;
		String sub = second;
		if (sub.equals("status")) {
			if (!method.equals("PUT") && !method.equals("PATCH") && !method.equals("POST")) {
				throw methodNotAllowed(method);
			}
			if (!body.hasNonNull("status")) {
				throw ApiException.unprocessable("status is required");
			}
			ObjectNode change = mapper.createObjectNode();
			change.set("status", body.get("status"));
			return ok(store.update(family.name(), id, change));
		}
		if (family.mergeRoutes().contains(sub) && (method.equals("PUT") || method.equals("PATCH"))) {
			return ok(store.update(family.name(), id, body));
		}
		if (sub.equals("delete") && method.equals("DELETE")) {
			return routeEntity(method, family, id, body); // the tool list's DELETE /notifications/{id}/delete
		}
		ActionSpec action = family.actions().get(sub);
		if (action != null) {
			requireMethod(method, "POST");
			return ok(store.act(family.name(), id, action, body));
		}
		if (family.name().equals("shipments") && sub.equals("track")) {
			requireMethod(method, "GET");
			return ok(track(store.get("shipments", id)));
		}
		if (family.embedded().containsKey(sub)) {
			synchronized (store) { // read-modify-write of the array must not interleave with another request's
				return embedded(method, family, id, sub, body);
			}
		}
		EntityFamily.Link link = family.linked().get(sub);
		if (link != null) {
			store.get(family.name(), id); // 404 for an unknown parent
			if (method.equals("GET")) {
				ArrayNode items = mapper.createArrayNode();
				store.list(link.family()).stream()
						.filter(e -> e.path(link.foreignKey()).asText().equals(id))
						.forEach(items::add);
				return ok(items);
			}
			requireMethod(method, "POST");
			ObjectNode child = body.deepCopy();
			child.put(link.foreignKey(), id);
			return new Result(201, store.create(link.family(), child));
		}
		throw new ApiException(404, "No route for " + family.paths().get(0) + "/" + id + "/" + sub);
	}

	private Result embedded(String method, EntityFamily family, String id, String field, ObjectNode body) {
		ObjectNode parent = store.get(family.name(), id);
		if (method.equals("GET")) {
			return ok(parent.get(field));
		}
		requireMethod(method, "POST");
		ArrayNode items = parent.get(field).deepCopy();
		ObjectNode item = body.deepCopy();
		item.put("id", store.nextId(family.embedded().get(field)));
		items.add(item);
		ObjectNode change = mapper.createObjectNode();
		change.set(field, items);
		store.update(family.name(), id, change);
		return new Result(201, item);
	}

	private Result routeSubItem(String method, EntityFamily family, String id, String field, String itemId, ObjectNode body) {
		if (!family.embedded().containsKey(field)) {
			throw new ApiException(404, "No route for " + family.paths().get(0) + "/" + id + "/" + field + "/" + itemId);
		}
		ObjectNode parent = store.get(family.name(), id);
		ArrayNode items = parent.get(field).deepCopy();
		int index = -1;
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).path("id").asText().equals(itemId)) {
				index = i;
			}
		}
		if (index < 0) {
			throw ApiException.notFound("Item " + itemId + " of " + id);
		}
		JsonNode result;
		switch (method) {
			case "GET":
				return ok(items.get(index));
			case "PUT":
			case "PATCH":
				ObjectNode item = (ObjectNode) items.get(index);
				ObjectNode changes = body.deepCopy();
				changes.remove("id");
				item.setAll(changes);
				result = item;
				break;
			case "DELETE":
				items.remove(index);
				ObjectNode gone = mapper.createObjectNode();
				gone.put("id", itemId);
				gone.put("deleted", true);
				result = gone;
				break;
			default:
				throw methodNotAllowed(method);
		}
		ObjectNode change = mapper.createObjectNode();
		change.set(field, items);
		store.update(family.name(), id, change);
		return ok(result);
	}

	private JsonNode lookup(EntityFamily family, EntityFamily.Lookup lookup, String value) {
		List<ObjectNode> found = store.list(family.name()).stream()
				.filter(e -> e.path(lookup.field()).asText().equals(value))
				.toList();
		if (lookup.many()) {
			return mapper.valueToTree(found);
		}
		if (found.isEmpty()) {
			throw ApiException.notFound(EntityStore.singular(family) + " with " + lookup.field() + " " + value);
		}
		return found.get(0);
	}

	private ObjectNode track(ObjectNode shipment) {
		ObjectNode t = mapper.createObjectNode();
		for (String f : Arrays.asList("id", "order_id", "tracking_number", "carrier", "status")) {
			t.set(f, shipment.get(f));
		}
		t.set("events", shipment.has("status_history") ? shipment.get("status_history") : mapper.createArrayNode());
		return t;
	}

	private static boolean startsWith(List<String> segments, List<String> prefix) {
		return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
	}

	private static void requireMethod(String method, String expected) {
		if (!method.equals(expected)) {
			throw methodNotAllowed(method);
		}
	}

	private static ApiException methodNotAllowed(String method) {
		return new ApiException(405, "Method " + method + " is not allowed here");
	}

	private static Result ok(JsonNode data) {
		return new Result(200, data);
	}
}
