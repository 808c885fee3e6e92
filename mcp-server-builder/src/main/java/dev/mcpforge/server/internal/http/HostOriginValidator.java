package dev.mcpforge.server.internal.http;

import java.util.List;
import java.util.Locale;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;

/**
 * DNS-rebinding protection: checks the {@code Host} and {@code Origin} headers of a
 * request against allow-lists, using the SDK's {@link DefaultServerTransportSecurityValidator}
 * (which understands {@code name:*} for any port). Host names are compared case-blind. A
 * foreign {@code Host} is answered with HTTP 421, a foreign {@code Origin} with 403.
 */
final class HostOriginValidator {

	private final ServerHttpHeaderValidator delegate;

	private HostOriginValidator(ServerHttpHeaderValidator delegate) {
		this.delegate = delegate;
	}

	/** The validator for these options; a no-op when the protection is switched off. */
	static HostOriginValidator of(HttpServingOptions options) {
		if (!options.dnsRebindingProtection()) {
			return new HostOriginValidator(ServerHttpHeaderValidator.NOOP);
		}
		return new HostOriginValidator(DefaultServerTransportSecurityValidator.builder()
			.allowedHosts(options.allowedHosts())
			.allowedOrigins(options.allowedOrigins())
			.build());
	}

	/** Throws when the request's Host or Origin is not allowed. */
	void validate(HttpExchange exchange) throws ServerTransportSecurityException {
		delegate.validate(new LowerCaseHeaders(exchange));
	}

	/** Exposes Host and Origin in lower case, since host names are case-insensitive. */
	private record LowerCaseHeaders(HttpExchange exchange) implements HeaderAccessor {

		/**
		 * The first value only, the one the SDK's validator reads (it looks at nothing but
		 * {@code isEmpty()} and {@code get(0)}): no list of every value per request.
		 */
		@Override
		public List<String> getHeader(String name) {
			String value = exchange.header(name);
			return value == null ? List.of() : List.of(value.trim().toLowerCase(Locale.ROOT));
		}

		@Override
		public List<String> getHeaderNames() {
			return List.copyOf(exchange.headers().keySet());
		}

	}

}
