/**
 * Built-in authenticators: {@link dev.mcpforge.middleware.auth.ApiKeyAuthenticator} (constant-time
 * key lookup), {@link dev.mcpforge.middleware.auth.BearerAuthenticator} with a pluggable
 * {@link dev.mcpforge.middleware.auth.TokenVerifier}, and
 * {@link dev.mcpforge.middleware.auth.JwtAuthenticator} (HS256, RS256 with a JWKS URL or JWK set).
 * Pass one to {@code McpServerBuilder.authenticator(..)}.
 */
package dev.mcpforge.middleware.auth;
