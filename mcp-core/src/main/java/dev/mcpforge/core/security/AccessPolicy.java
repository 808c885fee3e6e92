package dev.mcpforge.core.security;

import dev.mcpforge.core.ToolDefinition;

/**
 * Decides which tools a caller may see and call. One policy answers both questions: a server
 * lists exactly the tools it would let the caller call, and refuses calls of every other tool
 * as if the tool did not exist. A policy that throws denies (fail closed).
 */
@FunctionalInterface
public interface AccessPolicy {

	/**
	 * @param principal the caller, or {@code null} when anonymous
	 * @param tool the tool's full definition (name, hints, tags)
	 */
	Decision decide(McpPrincipal principal, ToolDefinition tool);

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
	 * the tool does not exist).
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
