package dev.mcpforge.core.security;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.ToolDefinition;

/**
 * Decides which tools, resources and prompts a caller may see and use. One policy answers both
 * questions: a server lists exactly what it would let the caller call, read or get, and refuses
 * everything else as if it did not exist. A policy that throws denies (fail closed).
 *
 * <p>Only the tool decision is abstract, so a lambda is a tool policy; resources, templates and
 * prompts are allowed unless a policy overrides their {@code decide}.
 */
@FunctionalInterface
public interface AccessPolicy {

	/**
	 * @param principal the caller, or {@code null} when anonymous
	 * @param tool the tool's full definition (name, hints, tags)
	 */
	Decision decide(McpPrincipal principal, ToolDefinition tool);

	/** Whether the caller may see and read a concrete resource. Default: allow. */
	default Decision decide(McpPrincipal principal, ResourceDefinition resource) {
		return Decision.allow();
	}

	/** Whether the caller may see a resource template and read through it. Default: allow. */
	default Decision decide(McpPrincipal principal, ResourceTemplateDefinition template) {
		return Decision.allow();
	}

	/** Whether the caller may see and get a prompt. Default: allow. */
	default Decision decide(McpPrincipal principal, PromptDefinition prompt) {
		return Decision.allow();
	}

	/** Lets everyone see and call everything. */
	static AccessPolicy allowAll() {
		return new AccessPolicy() {
			@Override
			public Decision decide(McpPrincipal principal, ToolDefinition tool) {
				return Decision.allow();
			}

			@Override
			public String toString() {
				return "allowAll";
			}
		};
	}

	/**
	 * A policy's answer. The reason goes to the server log, not to the client (which is told
	 * the tool, resource or prompt does not exist).
	 */
	record Decision(boolean allowed, String reason) {

		private static final Decision ALLOW = new Decision(true, "allowed");

		public static Decision allow() {
			return ALLOW;
		}

		public static Decision allow(String reason) {
			return new Decision(true, reason);
		}

		public static Decision deny(String reason) {
			return new Decision(false, reason);
		}

	}

}
