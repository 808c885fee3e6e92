package dev.mcpforge.server.internal.http;

import dev.mcpforge.server.internal.Security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the streamable-HTTP serving layer that do not depend on the container: the
 * MCP endpoint path, the request body limit and the DNS-rebinding protection (Host and
 * Origin allow-lists). Immutable; build with {@link #builder()}.
 *
 * <p>
 * DNS-rebinding protection is on by default. Allowed by default: the hosts
 * {@code localhost}, {@code 127.0.0.1} and {@code [::1]} on any port, and the origins
 * {@code http(s)://} of those hosts on any port. Entries may end in {@code :*} to allow
 * any port. Requests without an {@code Origin} header (non-browser clients) are accepted
 * as long as their {@code Host} is allowed.
 */
public final class HttpServingOptions {

	/** Default MCP endpoint path. */
	public static final String DEFAULT_ENDPOINT = "/mcp";

	/** Default maximum request body size: 4 MiB. */
	public static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

	/** Hosts allowed by default (loopback only, any port). */
	public static final List<String> LOOPBACK_HOSTS = List.of("localhost:*", "127.0.0.1:*", "[::1]:*");

	/** Origins allowed by default (loopback only, http and https, any port). */
	public static final List<String> LOOPBACK_ORIGINS = List.of("http://localhost:*", "https://localhost:*",
			"http://127.0.0.1:*", "https://127.0.0.1:*", "http://[::1]:*", "https://[::1]:*");

	private final String endpoint;

	private final int maxRequestBytes;

	private final boolean dnsRebindingProtection;

	private final List<String> allowedHosts;

	private final List<String> allowedOrigins;

	private final Security security;

	private HttpServingOptions(Builder b) {
		this.security = b.security;
		this.endpoint = b.endpoint;
		this.maxRequestBytes = b.maxRequestBytes;
		this.dnsRebindingProtection = b.dnsRebindingProtection;
		List<String> hosts = new ArrayList<>(LOOPBACK_HOSTS);
		hosts.addAll(b.extraHosts);
		List<String> origins = new ArrayList<>(LOOPBACK_ORIGINS);
		origins.addAll(b.extraOrigins);
		this.allowedHosts = List.copyOf(hosts);
		this.allowedOrigins = List.copyOf(origins);
	}

	/** Options with every default. */
	public static HttpServingOptions defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder that starts from these options. */
	public Builder toBuilder() {
		Builder b = new Builder().endpoint(endpoint)
			.maxRequestBytes(maxRequestBytes)
			.dnsRebindingProtection(dnsRebindingProtection)
			.security(security);
		allowedHosts.stream().filter(h -> !LOOPBACK_HOSTS.contains(h)).forEach(b::allowedHost);
		allowedOrigins.stream().filter(o -> !LOOPBACK_ORIGINS.contains(o)).forEach(b::allowedOrigin);
		return b;
	}

	/** Path the MCP servlet is mounted at, e.g. {@code /mcp}. */
	public String endpoint() {
		return endpoint;
	}

	/** Largest accepted POST body in bytes; larger bodies get HTTP 413. */
	public int maxRequestBytes() {
		return maxRequestBytes;
	}

	/** Whether Host and Origin headers are checked against the allow-lists. */
	public boolean dnsRebindingProtection() {
		return dnsRebindingProtection;
	}

	/** Allowed Host values (lower case; {@code :*} = any port), loopback ones first. */
	public List<String> allowedHosts() {
		return allowedHosts;
	}

	/** Allowed Origin values (lower case; {@code :*} = any port), loopback ones first. */
	public List<String> allowedOrigins() {
		return allowedOrigins;
	}

	/** Authentication of every request ({@link Security#NONE} by default: none). */
	public Security security() {
		return security;
	}

	/** Builder of {@link HttpServingOptions}. */
	public static final class Builder {

		private String endpoint = DEFAULT_ENDPOINT;

		private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;

		private boolean dnsRebindingProtection = true;

		private final List<String> extraHosts = new ArrayList<>();

		private final List<String> extraOrigins = new ArrayList<>();

		private Security security = Security.NONE;

		private Builder() {
		}

		/** Authenticates every request with the server's authenticator (401 when refused). */
		public Builder security(Security security) {
			this.security = Objects.requireNonNull(security, "security");
			return this;
		}

		/** Endpoint path, must start with {@code /}; default {@code /mcp}. */
		public Builder endpoint(String endpoint) {
			Objects.requireNonNull(endpoint, "endpoint");
			if (!endpoint.startsWith("/") || endpoint.length() < 2 || endpoint.endsWith("/")
					|| endpoint.contains("*")) {
				throw new IllegalArgumentException("endpoint must look like /mcp, was: " + endpoint);
			}
			this.endpoint = endpoint;
			return this;
		}

		/** Largest accepted request body in bytes (positive); default 4 MiB. */
		public Builder maxRequestBytes(int maxRequestBytes) {
			if (maxRequestBytes <= 0) {
				throw new IllegalArgumentException("maxRequestBytes must be positive");
			}
			this.maxRequestBytes = maxRequestBytes;
			return this;
		}

		/** Switches the Host/Origin checks on (default) or off. */
		public Builder dnsRebindingProtection(boolean enabled) {
			this.dnsRebindingProtection = enabled;
			return this;
		}

		/**
		 * Also allows this Host header value, e.g. {@code mcp.example.com},
		 * {@code mcp.example.com:8443} or {@code mcp.example.com:*} (any port). A bare
		 * name without port allows only requests whose Host has no port.
		 */
		public Builder allowedHost(String host) {
			extraHosts.add(normalise(host, "host"));
			return this;
		}

		/**
		 * Also allows this Origin header value, e.g. {@code https://app.example.com} or
		 * {@code http://app.example.com:*} (any port).
		 */
		public Builder allowedOrigin(String origin) {
			extraOrigins.add(normalise(origin, "origin"));
			return this;
		}

		public HttpServingOptions build() {
			return new HttpServingOptions(this);
		}

		private static String normalise(String value, String what) {
			Objects.requireNonNull(value, what);
			String v = value.trim().toLowerCase(Locale.ROOT);
			if (v.isEmpty()) {
				throw new IllegalArgumentException(what + " must not be blank");
			}
			return v;
		}

	}

}
