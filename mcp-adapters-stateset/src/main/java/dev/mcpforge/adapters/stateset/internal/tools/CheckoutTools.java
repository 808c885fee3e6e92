package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.adapters.stateset.internal.args.CommerceArgs.UpdateCheckout;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.core.ToolException;
import dev.mcpforge.core.upstream.UpstreamRequest;
import dev.mcpforge.server.ToolSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stateset_update_checkout}: StateSet sets a checkout's address, method and payment through separate routes. */
public final class CheckoutTools {

	private final StateSetApi api;

	public CheckoutTools(StateSetApi api) {
		this.api = api;
	}

	public ToolSpec spec() {
		return Composite.spec("stateset_update_checkout", UpdateCheckout.class, this::update,
				"Update a checkout's shipping address, shipping method, billing address and payment method in one "
						+ "call; only the fields you pass change. Returns the updated checkout.");
	}

	private JsonNode update(UpdateCheckout a) {
		String base = "/checkout/" + OperationTools.segment(a.checkout_id());
		boolean changed = false;
		if (a.shipping_address() != null) {
			api.call(UpstreamRequest.put(base + "/shipping-address", Map.of("shipping_address", a.shipping_address())));
			changed = true;
		}
		if (a.shipping_method() != null) {
			api.call(UpstreamRequest.put(base + "/shipping-method", Map.of("shipping_method", a.shipping_method())));
			changed = true;
		}
		if (a.payment_method() != null || a.billing_address() != null) {
			Map<String, Object> payment = new LinkedHashMap<>();
			if (a.payment_method() != null) {
				payment.put("payment_method", a.payment_method());
			}
			if (a.billing_address() != null) {
				payment.put("billing_address", a.billing_address());
			}
			api.call(UpstreamRequest.put(base + "/payment", payment));
			changed = true;
		}
		if (!changed) {
			throw new ToolException("Pass at least one of shipping_address, shipping_method, billing_address, "
					+ "payment_method");
		}
		return api.call(UpstreamRequest.get(base));
	}
}
