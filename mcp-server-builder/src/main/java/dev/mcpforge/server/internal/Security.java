package dev.mcpforge.server.internal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.core.security.McpPrincipal;

/**
 * A server's authentication, shared by every transport and binding. (The access policy is an
 * interceptor in the chain.)
 *
 * @param authenticator who callers are, or null when the server does not authenticate
 * @param required whether a caller without a principal is refused
 */
public record Security(Authenticator authenticator, boolean required) {

	private static final Logger log = LoggerFactory.getLogger(Security.class);

	public static final Security NONE = new Security(null, false);

	/** The outcome of authenticating one request or connection. */
	public record Outcome(McpPrincipal principal, String refusal, boolean invalidCredentials) {

		Outcome(McpPrincipal principal, String refusal) {
			this(principal, refusal, false);
		}

		public boolean refused() {
			return refusal != null;
		}

	}

	/**
	 * Runs the authenticator: a principal, anonymous (both null) when allowed, or a refusal with a
	 * message safe to show to the client. Never logs the credentials.
	 */
	public Outcome authenticate(Credentials credentials) {
		if (authenticator == null) {
			return new Outcome(null, null);
		}
		try {
			Optional<McpPrincipal> principal = authenticator.authenticate(credentials);
			if (principal != null && principal.isPresent()) {
				return new Outcome(principal.get(), null);
			}
			if (required) {
				log.debug("Refused {} request without credentials", credentials.transport());
				return new Outcome(null, "authentication required");
			}
			return new Outcome(null, null);
		}
		catch (AuthenticationException e) {
			log.info("Refused {} request: {}", credentials.transport(), e.getMessage());
			return new Outcome(null, e.getMessage() == null ? "invalid credentials" : e.getMessage(), true);
		}
		catch (RuntimeException e) {
			// the exception's message could quote what the caller sent: log its type only
			log.warn("Authenticator {} failed with {}; request refused", authenticator.describe(),
					e.getClass().getName());
			return new Outcome(null, "invalid credentials", true);
		}
	}

}
