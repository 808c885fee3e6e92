package dev.mcpforge.server.internal;

import java.security.Principal;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.Credentials;
import dev.mcpforge.core.security.McpPrincipal;
import dev.mcpforge.core.security.ToolAccess;

/**
 * A server's authentication and access policy, shared by every transport and binding.
 *
 * @param authenticator who callers are, or null when the server does not authenticate
 * @param required whether a caller without a principal is refused
 * @param access the tool access policy, or null when every tool is visible to everyone
 */
public record Security(Authenticator authenticator, boolean required, ToolAccess access) {

	private static final Logger log = LoggerFactory.getLogger(Security.class);

	public static final Security NONE = new Security(null, false, null);

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

	/** The {@code tools/list} filter: whether the caller in {@code context} may see {@code tool}. */
	public boolean visible(Features features, McpTransportContext context, McpSchema.Tool tool) {
		if (access == null) {
			return true;
		}
		RegisteredTool registered = features.tool(tool.name());
		if (registered == null) {
			return false;
		}
		Object principal = context == null ? null : context.get(TransportAttributes.PRINCIPAL);
		return access.visible(principal instanceof Principal p ? p : null, registered.definition());
	}

}
