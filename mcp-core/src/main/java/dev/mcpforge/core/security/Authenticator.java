package dev.mcpforge.core.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides who a caller is from what they presented. Servers ask it once per HTTP request
 * (including {@code initialize}), once per in-memory connection and once when stdio starts.
 *
 * <ul>
 * <li>return a principal: the caller is authenticated;</li>
 * <li>return {@link Optional#empty()}: the caller presented nothing this authenticator
 * understands (anonymous — refused when authentication is required);</li>
 * <li>throw {@link AuthenticationException}: the caller presented credentials and they are bad.</li>
 * </ul>
 * Any other exception counts as a refusal (fail closed).
 */
@FunctionalInterface
public interface Authenticator {

	Optional<McpPrincipal> authenticate(Credentials credentials) throws AuthenticationException;

	/** Shown in the printed interceptor chain; must not contain secrets. */
	default String describe() {
		String simple = getClass().getSimpleName();
		return simple.contains("$$Lambda") || simple.isEmpty() ? "authenticator" : simple;
	}

	/**
	 * Tries each authenticator in turn: the first principal wins, the first
	 * {@link AuthenticationException} ends the search, and empty means none understood the credentials.
	 */
	static Authenticator firstOf(Authenticator... authenticators) {
		List<Authenticator> all = List.copyOf(Arrays.asList(authenticators));
		return new Authenticator() {
			@Override
			public Optional<McpPrincipal> authenticate(Credentials credentials) {
				for (Authenticator each : all) {
					Optional<McpPrincipal> principal = each.authenticate(credentials);
					if (principal.isPresent()) {
						return principal;
					}
				}
				return Optional.empty();
			}

			@Override
			public String describe() {
				return all.stream().map(Authenticator::describe).collect(Collectors.joining(" | ", "firstOf(", ")"));
			}

			@Override
			public String toString() {
				return describe();
			}
		};
	}

}
