/**
 * Who calls and what they may use: {@link dev.mcpforge.core.security.McpPrincipal},
 * the {@link dev.mcpforge.core.security.Authenticator} SPI (given the caller's
 * {@link dev.mcpforge.core.security.Credentials}) and the
 * {@link dev.mcpforge.core.security.AccessPolicy} SPI, which one server applies to the lists and to
 * calls, reads and gets of tools, resources and prompts through
 * {@link dev.mcpforge.core.security.AccessControl}.
 * Built-in authenticators and rules are in {@code mcp-middleware}; see docs/middleware.md.
 */
package dev.mcpforge.core.security;
