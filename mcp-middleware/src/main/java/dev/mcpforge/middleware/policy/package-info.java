/**
 * {@link dev.mcpforge.middleware.policy.AccessRules}: an access policy from rules on the caller
 * ({@link dev.mcpforge.middleware.policy.Who}) and the tool ({@link dev.mcpforge.middleware.policy.Tools});
 * a denial wins. Pass it to {@code McpServerBuilder.accessPolicy(..)}.
 */
package dev.mcpforge.middleware.policy;
