package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/** The side effects the entity table refers to: cross-entity checks and cascades of the commerce flows. */
final class Workflows {

	private static final Set<String> RETURNABLE = Set.of("shipped", "delivered");

	private Workflows() {
	}

	// ---- orders ----

	static final ActionHook ORDER_CREATE = (store, order, body) -> {
		String customerId = order.path("customer_id").asText();
		if (store.find("customers", customerId).isEmpty()) {
			throw ApiException.unprocessable("customer_id " + customerId + " does not exist");
		}
		JsonNode items = order.get("items");
		if (items == null || !items.isArray() || items.isEmpty()) {
			throw ApiException.unprocessable("items must be a non-empty array");
		}
		BigDecimal total = BigDecimal.ZERO;
		for (JsonNode n : items) {
			ObjectNode item = (ObjectNode) n;
			String productId = item.path("product_id").asText();
			int quantity = item.path("quantity").asInt(0);
			if (productId.isEmpty() || quantity <= 0) {
				throw ApiException.unprocessable("every item needs product_id and a positive quantity");
			}
			ObjectNode product = store.find("products", productId)
					.orElseThrow(() -> ApiException.unprocessable("product_id " + productId + " does not exist"));
			if (!item.hasNonNull("unit_price")) {
				item.set("unit_price", product.get("price"));
			}
			total = total.add(item.path("unit_price").decimalValue().multiply(BigDecimal.valueOf(quantity)));
		}
		order.put("total_amount", total.setScale(2, RoundingMode.HALF_UP));
		if (!order.hasNonNull("currency")) {
			order.put("currency", "USD");
		}
		if (!order.hasNonNull("order_number")) {
			order.put("order_number", "SO-" + (10000 + store.count("orders") + 1));
		}
		order.put("archived", false);
	};

	static final ActionHook ORDER_SHIP = (store, order, body) -> {
		ObjectNode shipment = store.mapper().createObjectNode();
		shipment.put("order_id", order.path("id").asText());
		shipment.put("status", "in_transit");
		shipment.put("carrier", body.path("carrier").asText("UPS"));
		shipment.put("shipping_method", body.path("shipping_method").asText("standard"));
		shipment.put("tracking_number", body.path("tracking_number").asText("1Z" + order.path("id").asText().replace("-", "") + "SBX"));
		shipment.set("shipping_address", order.path("shipping_address").deepCopy());
		String recipient = store.find("customers", order.path("customer_id").asText())
				.map(c -> c.path("name").asText()).orElse("");
		shipment.put("recipient_name", body.path("recipient_name").asText(recipient));
		ObjectNode created = store.createInternal("shipments", shipment);
		order.put("shipment_id", created.get("id").asText());
	};

	static final ActionHook ORDER_ARCHIVE = (store, order, body) -> order.put("archived", true);

	// ---- returns ----

	static final ActionHook RETURN_CREATE = (store, rma, body) -> {
		String orderId = rma.path("order_id").asText();
		ObjectNode order = store.find("orders", orderId)
				.orElseThrow(() -> ApiException.unprocessable("order_id " + orderId + " does not exist"));
		String status = order.path("status").asText();
		if (!RETURNABLE.contains(status)) {
			throw ApiException.unprocessable("Order " + orderId + " is " + status + "; a return needs a shipped or delivered order");
		}
		rma.put("customer_id", order.path("customer_id").asText());
		if (!rma.hasNonNull("rma_number")) {
			rma.put("rma_number", "RMA-" + (5000 + store.count("returns") + 1));
		}
	};

	static final ActionHook RETURN_REFUND = (store, rma, body) -> {
		String orderId = rma.path("order_id").asText();
		JsonNode amount = body.get("refund_amount");
		if (amount == null) {
			amount = store.find("orders", orderId).map(o -> o.get("total_amount")).orElse(null);
		}
		rma.set("refund_amount", amount);
		store.tryTransition("orders", orderId, "refunded", "return " + rma.path("id").asText() + " refunded");
	};

	// ---- payments ----

	/** Recording a payment means the money was taken: it starts captured unless the body says otherwise. */
	static final ActionHook PAYMENT_CREATE = (store, payment, body) -> {
		if (!body.hasNonNull("status")) {
			payment.put("status", "captured");
		}
	};

	/** Refunding an order's payment settles its open returns: they and the order become refunded. */
	static final ActionHook PAYMENT_REFUND = (store, payment, body) -> {
		String orderId = payment.path("order_id").asText();
		payment.set("refund_amount", body.hasNonNull("refund_amount") ? body.get("refund_amount") : payment.get("amount"));
		if (body.hasNonNull("refund_reason")) {
			payment.set("refund_reason", body.get("refund_reason"));
		}
		for (ObjectNode rma : store.list("returns")) {
			if (rma.path("order_id").asText().equals(orderId)
					&& store.tryTransition("returns", rma.path("id").asText(), "refunded", "payment " + payment.path("id").asText() + " refunded")) {
				store.tryTransition("orders", orderId, "refunded", "return " + rma.path("id").asText() + " refunded");
			}
		}
	};

	// ---- shipments ----

	static final ActionHook SHIPMENT_CREATE = (store, shipment, body) -> {
		String orderId = shipment.path("order_id").asText();
		if (store.find("orders", orderId).isEmpty()) {
			throw ApiException.unprocessable("order_id " + orderId + " does not exist");
		}
	};

	static final ActionHook SHIPMENT_SHIP = (store, shipment, body) ->
			store.tryTransition("orders", shipment.path("order_id").asText(), "shipped", "shipment " + shipment.path("id").asText());

	static final ActionHook SHIPMENT_DELIVER = (store, shipment, body) -> {
		shipment.put("delivered_at", java.time.Instant.now().toString());
		store.tryTransition("orders", shipment.path("order_id").asText(), "delivered", "shipment " + shipment.path("id").asText());
	};

	// ---- inventory ----

	static final ActionHook INVENTORY_CREATE = (store, item, body) -> {
		int onHand = item.path("quantity_on_hand").asInt(-1);
		if (onHand < 0) {
			throw ApiException.unprocessable("quantity_on_hand must be a non-negative integer");
		}
		item.put("quantity_reserved", item.path("quantity_reserved").asInt(0));
		recomputeAvailable(item);
	};

	/** The tool sends {@code on_hand}; the API field is {@code quantity_on_hand}. Either may change; available follows. */
	static final ActionHook INVENTORY_UPDATE = (store, item, body) -> {
		JsonNode onHand = item.remove("on_hand");
		if (onHand != null && !onHand.isNull()) {
			item.set("quantity_on_hand", onHand);
		}
		int quantity = item.path("quantity_on_hand").asInt(-1);
		if (quantity < item.path("quantity_reserved").asInt()) {
			throw ApiException.unprocessable("quantity_on_hand " + quantity + " is below the reserved "
					+ item.path("quantity_reserved").asInt());
		}
		recomputeAvailable(item);
	};

	static final ActionHook CART_CLEAR = (store, cart, body) -> cart.putArray("items");

	static final ActionHook INVENTORY_RESERVE = (store, item, body) -> {
		int quantity = positiveQuantity(body);
		int available = item.path("quantity_on_hand").asInt() - item.path("quantity_reserved").asInt();
		if (quantity > available) {
			throw ApiException.conflict("Insufficient stock for " + item.path("id").asText() + ": requested " + quantity
					+ ", available " + available);
		}
		item.put("quantity_reserved", item.path("quantity_reserved").asInt() + quantity);
		recomputeAvailable(item);
	};

	static final ActionHook INVENTORY_RELEASE = (store, item, body) -> {
		int quantity = positiveQuantity(body);
		int reserved = item.path("quantity_reserved").asInt();
		if (quantity > reserved) {
			throw ApiException.unprocessable("Cannot release " + quantity + "; only " + reserved + " reserved");
		}
		item.put("quantity_reserved", reserved - quantity);
		recomputeAvailable(item);
	};

	// ---- products, customers, warranties ----

	static final ActionHook PRODUCT_CREATE = (store, product, body) -> {
		JsonNode price = product.get("price");
		if (price == null || !price.isNumber() || price.decimalValue().signum() < 0) {
			throw ApiException.unprocessable("price must be a non-negative number");
		}
		if (!product.hasNonNull("currency")) {
			product.put("currency", "USD");
		}
	};

	static final ActionHook CUSTOMER_CREATE = (store, customer, body) -> {
		if (!customer.path("email").asText().contains("@")) {
			throw ApiException.unprocessable("email is not a valid address");
		}
	};

	static final ActionHook WARRANTY_EXTEND = (store, warranty, body) -> {
		int months = body.path("extension_months").asInt(0);
		if (months <= 0) {
			throw ApiException.unprocessable("extension_months must be a positive integer");
		}
		LocalDate end = warranty.hasNonNull("end_date") ? LocalDate.parse(warranty.get("end_date").asText())
				: LocalDate.now(ZoneOffset.UTC);
		warranty.put("end_date", end.plusMonths(months).toString());
	};

	static final CollectionHook LOW_STOCK = (store, params, body) -> {
		int threshold;
		try {
			threshold = Integer.parseInt(params.getOrDefault("threshold", "10"));
		} catch (NumberFormatException e) {
			throw ApiException.badRequest("threshold must be an integer");
		}
		String location = params.get("location_id");
		com.fasterxml.jackson.databind.node.ArrayNode out = store.mapper().createArrayNode();
		store.list("inventory").stream()
				.filter(e -> e.path("quantity_available").asInt(e.path("quantity_on_hand").asInt()) <= threshold)
				.filter(e -> location == null || e.path("location_id").asText().equals(location))
				.forEach(out::add);
		return out;
	};

	// ---- customer accounts (passwords of registered customers are kept apart from the entity, never returned) ----

	static final CollectionHook CUSTOMER_REGISTER = (store, params, body) -> {
		for (String f : new String[] {"email", "password", "name"}) {
			if (body.path(f).asText().isBlank()) {
				throw ApiException.unprocessable(f + " is required");
			}
		}
		String email = body.get("email").asText();
		if (store.list("customers").stream().anyMatch(c -> c.path("email").asText().equalsIgnoreCase(email))) {
			throw ApiException.conflict("A customer with email " + email + " already exists");
		}
		ObjectNode fields = body.deepCopy();
		fields.remove("password");
		ObjectNode created = store.create("customers", fields);
		store.putSecret("customer-password:" + email.toLowerCase(java.util.Locale.ROOT), body.get("password").asText());
		return created;
	};

	static final CollectionHook CUSTOMER_LOGIN = (store, params, body) -> {
		String email = body.path("email").asText();
		String password = body.path("password").asText();
		ObjectNode customer = store.list("customers").stream()
				.filter(c -> c.path("email").asText().equalsIgnoreCase(email))
				.findFirst().orElse(null);
		String stored = store.secret("customer-password:" + email.toLowerCase(java.util.Locale.ROOT));
		if (customer == null || stored == null || !stored.equals(password)) {
			throw new ApiException(401, "Invalid email or password");
		}
		ObjectNode out = store.mapper().createObjectNode();
		out.put("token", "sandbox-token-" + customer.get("id").asText());
		out.put("token_type", "Bearer");
		out.set("customer", customer);
		return out;
	};

	/** The sandbox's "current user" is the first user. */
	static final CollectionHook USER_PROFILE = (store, params, body) -> store.list("users").stream().findFirst()
			.map(u -> (JsonNode) u).orElseThrow(() -> ApiException.notFound("Current user"));

	static final ActionHook CHANGE_PASSWORD = (store, user, body) -> {
		if (body.path("current_password").asText().isBlank() || body.path("new_password").asText().length() < 8) {
			throw ApiException.unprocessable("current_password is required and new_password needs at least 8 characters");
		}
		user.put("password_changed_at", java.time.Instant.now().toString());
	};

	// ---- manufacturing ----

	/** A new work order without its own task list gets the standard routing, so its tasks can be tracked. */
	static final ActionHook WORK_ORDER_CREATE = (store, workOrder, body) -> {
		if (workOrder.path("tasks").isEmpty()) {
			var tasks = workOrder.putArray("tasks");
			for (String step : new String[] {"kitting", "assembly", "quality check"}) {
				tasks.addObject().put("id", store.nextId("TASK")).put("name", step).put("status", "pending");
			}
		}
	};

	// ---- checkout ----

	/** Completing a checkout places an order from its cart (variants resolve to products) and checks the cart out. */
	static final ActionHook CHECKOUT_COMPLETE = (store, checkout, body) -> {
		String cartId = checkout.path("cart_id").asText();
		ObjectNode cart = store.find("carts", cartId)
				.orElseThrow(() -> ApiException.unprocessable("cart_id " + cartId + " does not exist"));
		com.fasterxml.jackson.databind.node.ArrayNode items = store.mapper().createArrayNode();
		for (JsonNode line : cart.path("items")) {
			String variantId = line.path("product_variant_id").asText();
			ObjectNode variant = store.find("product-variants", variantId)
					.orElseThrow(() -> ApiException.unprocessable("cart line refers to unknown variant " + variantId));
			items.addObject().put("product_id", variant.path("product_id").asText())
					.put("variant_id", variantId)
					.put("quantity", line.path("quantity").asInt(1))
					.set("unit_price", variant.get("price"));
		}
		ObjectNode order = store.mapper().createObjectNode();
		order.put("customer_id", checkout.path("customer_id").asText(cart.path("customer_id").asText()));
		order.set("items", items);
		if (checkout.has("shipping_address")) {
			order.set("shipping_address", checkout.get("shipping_address"));
		}
		ObjectNode created = store.create("orders", order);
		checkout.put("order_id", created.get("id").asText());
		store.tryTransition("carts", cartId, "checked_out", "checkout " + checkout.path("id").asText());
	};

	// ---- agentic checkout (canned, deterministic answers) ----

	static final ActionHook AGENTIC_MESSAGE = (store, session, body) -> {
		String input = body.path("input").asText();
		if (input.isBlank()) {
			throw ApiException.unprocessable("input is required");
		}
		com.fasterxml.jackson.databind.node.ArrayNode messages = session.has("messages")
				? (com.fasterxml.jackson.databind.node.ArrayNode) session.get("messages") : session.putArray("messages");
		messages.addObject().put("role", "user").put("content", input);
		messages.addObject().put("role", "assistant").put("content", "Sandbox: noted \"" + input + "\".");
	};

	static final ActionHook AGENTIC_RECOMMEND = (store, session, body) -> {
		com.fasterxml.jackson.databind.node.ArrayNode recs = session.putArray("recommendations");
		store.list("products").stream()
				.sorted(java.util.Comparator.comparing(p -> p.path("price").decimalValue()))
				.limit(3)
				.forEach(p -> recs.addObject().put("product_id", p.path("id").asText()).put("name", p.path("name").asText())
						.set("price", p.get("price")));
	};

	private static int positiveQuantity(ObjectNode body) {
		int quantity = body.path("quantity").asInt(0);
		if (quantity <= 0) {
			throw ApiException.unprocessable("quantity must be a positive integer");
		}
		return quantity;
	}

	private static void recomputeAvailable(ObjectNode item) {
		item.put("quantity_available", item.path("quantity_on_hand").asInt() - item.path("quantity_reserved").asInt());
	}
}
