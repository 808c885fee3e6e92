package dev.mcpforge.client;

/** How a multi-endpoint client spreads calls over its healthy endpoints. */
public enum Balancing {

	/** Each endpoint in turn. */
	ROUND_ROBIN,

	/** The endpoint with the fewest calls in flight (ties in turn). */
	LEAST_OUTSTANDING,

	/** In turn, each endpoint as often as its weight. */
	WEIGHTED

}
