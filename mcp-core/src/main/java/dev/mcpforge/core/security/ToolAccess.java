package dev.mcpforge.core.security;

import java.security.Principal;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ToolCall;

/**
 * One {@link AccessPolicy} applied in both places a server needs it: the {@code tools/list}
 * filter ({@link #visible}) and the {@link #interceptor() SECURITY interceptor} that refuses
 * calls. Both go through {@link #decide}, so they cannot disagree. A policy that throws or
 * returns null denies (fail closed) and the failure is logged.
 */
public final class ToolAccess {

	private static final Logger log = LoggerFactory.getLogger(ToolAccess.class);

	private final AccessPolicy policy;

	public ToolAccess(AccessPolicy policy) {
		this.policy = Objects.requireNonNull(policy, "policy");
	}

	public AccessPolicy policy() {
		return policy;
	}

	/** The policy's decision, or a denial when it fails. */
	public AccessPolicy.Decision decide(Principal principal, ToolDefinition tool) {
		McpPrincipal caller = McpPrincipal.from(principal);
		try {
			AccessPolicy.Decision decision = policy.decide(caller, tool);
			if (decision == null) {
				log.error("Access policy {} returned null for tool '{}': denied", policy, tool.name());
				return AccessPolicy.Decision.deny("the policy returned no decision");
			}
			return decision;
		}
		catch (RuntimeException e) {
			log.error("Access policy {} failed for tool '{}' and {}: denied", policy, tool.name(),
					caller == null ? "an anonymous caller" : caller.name(), e);
			return AccessPolicy.Decision.deny("the policy failed");
		}
	}

	/** Whether {@code principal} may see (and so call) {@code tool}. */
	public boolean visible(Principal principal, ToolDefinition tool) {
		return decide(principal, tool).allowed();
	}

	/**
	 * The SECURITY interceptor that refuses calls of tools the policy denies with the SDK's
	 * unknown-tool error ({@link UnknownToolException}); resource reads, prompts and completions
	 * pass.
	 */
	public McpInterceptor interceptor() {
		return new McpInterceptor() {
			@Override
			public McpResponse intercept(Chain chain) throws Exception {
				if (chain.request() instanceof ToolCall call) {
					AccessPolicy.Decision decision = decide(call.context().principal(), call.tool());
					if (!decision.allowed()) {
						Principal caller = call.context().principal();
						log.info("Denied tool '{}' to {}: {}", call.tool().name(),
								caller == null ? "an anonymous caller" : caller.getName(), decision.reason());
						throw new UnknownToolException(call.tool().name());
					}
				}
				return chain.proceed(chain.request());
			}

			@Override
			public Phase phase() {
				return Phase.SECURITY;
			}

			@Override
			public String name() {
				return "access-policy[" + policy + "]";
			}
		};
	}

	@Override
	public String toString() {
		return "ToolAccess[" + policy + "]";
	}

}
