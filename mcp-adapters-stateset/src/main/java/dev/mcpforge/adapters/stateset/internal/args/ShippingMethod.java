package dev.mcpforge.adapters.stateset.internal.args;

import com.fasterxml.jackson.annotation.JsonProperty;

/** StateSet's shipping methods, spelled as on the wire. */
public enum ShippingMethod {
	@JsonProperty("standard") STANDARD,
	@JsonProperty("express") EXPRESS,
	@JsonProperty("overnight") OVERNIGHT,
	@JsonProperty("twoday") TWODAY,
	@JsonProperty("international") INTERNATIONAL,
	@JsonProperty("custom") CUSTOM
}
