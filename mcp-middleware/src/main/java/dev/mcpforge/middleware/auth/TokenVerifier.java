package dev.mcpforge.middleware.auth;

import dev.mcpforge.core.security.AuthenticationException;
import dev.mcpforge.core.security.McpPrincipal;

/**
 * Turns a bearer token into a principal: look it up, introspect it at an authorization server,
 * verify its signature ({@link JwtAuthenticator} is one).
 */
@FunctionalInterface
public interface TokenVerifier {

	/**
	 * @return who the token stands for, never null
	 * @throws AuthenticationException if the token is not valid; the message is shown to the
	 * client and must not contain the token
	 */
	McpPrincipal verify(String token) throws AuthenticationException;

}
