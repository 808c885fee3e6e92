package dev.mcpforge.middleware.auth;

import java.util.Objects;
import java.util.Optional;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.core.security.McpPrincipal;

/**
 * Reads {@code Authorization: Bearer <token>} and asks a {@link TokenVerifier} who it is.
 * No header: anonymous. A verifier that fails in any other way than
 * {@link AuthenticationException} refuses the token too (fail closed).
 *
 * <pre>{@code
 * Authenticator bearer = new BearerAuthenticator(token -> introspection.lookUp(token));
 * }</pre>
 */
public final class BearerAuthenticator implements Authenticator {

	private final TokenVerifier verifier;

	private final String description;

	public BearerAuthenticator(TokenVerifier verifier) {
		this(verifier, "bearer");
	}

	/** @param description shown in the printed chain, e.g. {@code "bearer(introspection)"} */
	public BearerAuthenticator(TokenVerifier verifier, String description) {
		this.verifier = Objects.requireNonNull(verifier, "verifier");
		this.description = Objects.requireNonNull(description, "description");
	}

	@Override
	public Optional<McpPrincipal> authenticate(Credentials credentials) {
		Optional<String> token = credentials.bearerToken();
		if (token.isEmpty()) {
			return Optional.empty();
		}
		McpPrincipal principal;
		try {
			principal = verifier.verify(token.get());
		}
		catch (AuthenticationException e) {
			throw e;
		}
		catch (RuntimeException e) {
			// not the message: it might quote the token
			throw new AuthenticationException("invalid bearer token");
		}
		if (principal == null) {
			throw new AuthenticationException("invalid bearer token");
		}
		return Optional.of(principal);
	}

	@Override
	public String describe() {
		return description;
	}

	@Override
	public String toString() {
		return description;
	}

}
