package dev.mcpforge.core.security;

import java.security.Principal;
import java.util.Objects;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.Completion;
import dev.mcpforge.core.interceptor.ListRequest;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpRequest;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.PromptGet;
import dev.mcpforge.core.interceptor.ResourceRead;
import dev.mcpforge.core.interceptor.ToolCall;

/**
 * One {@link AccessPolicy} applied everywhere a server needs it, as a {@link #interceptor()
 * SECURITY interceptor}: it filters {@code tools/list}, {@code resources/list},
 * {@code resources/templates/list} and {@code prompts/list}, and refuses calls, reads and gets of
 * what it hides with the SDK's error for an unknown one ({@link UnknownFeatureException}). Every
 * question goes through {@link #decide}, so lists and calls cannot disagree. A policy that throws
 * or returns null denies (fail closed) and the failure is logged.
 */
public final class AccessControl {

	private static final Logger log = LoggerFactory.getLogger(AccessControl.class);

	private final AccessPolicy policy;

	public AccessControl(AccessPolicy policy) {
		this.policy = Objects.requireNonNull(policy, "policy");
	}

	public AccessPolicy policy() {
		return policy;
	}

	/**
	 * The policy's decision on a {@code ToolDefinition}, {@code ResourceDefinition},
	 * {@code ResourceTemplateDefinition} or {@code PromptDefinition}, or a denial when it fails.
	 * @throws IllegalArgumentException for any other object
	 */
	public AccessPolicy.Decision decide(Principal principal, Object definition) {
		McpPrincipal caller = McpPrincipal.from(principal);
		try {
			AccessPolicy.Decision decision = ask(caller, definition);
			if (decision == null) {
				log.error("Access policy {} returned null for {}: denied", policy, describe(definition));
				return AccessPolicy.Decision.deny("the policy returned no decision");
			}
			return decision;
		}
		catch (IllegalArgumentException e) {
			throw e;
		}
		catch (RuntimeException e) {
			log.error("Access policy {} failed for {} and {}: denied", policy, describe(definition), name(caller), e);
			return AccessPolicy.Decision.deny("the policy failed");
		}
	}

	/** Whether {@code principal} may see (and so use) {@code definition}. */
	public boolean visible(Principal principal, Object definition) {
		return decide(principal, definition).allowed();
	}

	private AccessPolicy.Decision ask(McpPrincipal caller, Object definition) {
		if (definition instanceof ToolDefinition tool) {
			return policy.decide(caller, tool);
		}
		if (definition instanceof ResourceDefinition resource) {
			return policy.decide(caller, resource);
		}
		if (definition instanceof ResourceTemplateDefinition template) {
			return policy.decide(caller, template);
		}
		if (definition instanceof PromptDefinition prompt) {
			return policy.decide(caller, prompt);
		}
		throw new IllegalArgumentException("no access decision for " + definition);
	}

	/** The SECURITY interceptor that filters lists and refuses what the policy hides. */
	public McpInterceptor interceptor() {
		return McpInterceptor.of("access-policy[" + policy + "]", Phase.SECURITY, chain -> {
			McpRequest request = chain.request();
			Principal caller = request.context().principal();
			if (request instanceof ListRequest list) {
				return McpResponse.of(chain.proceed(list)
					.items(list.kind().itemType())
					.stream()
					.filter(item -> visible(caller, item))
					.toList());
			}
			if (request instanceof ToolCall call) {
				check(caller, call.tool(), call.tool().name(), UnknownFeatureException::tool);
			}
			else if (request instanceof ResourceRead read) {
				check(caller, read.template() == null ? read.resource() : read.template(), read.uri(),
						UnknownFeatureException::resource);
			}
			else if (request instanceof PromptGet get) {
				check(caller, get.prompt(), get.name(), UnknownFeatureException::prompt);
			}
			else if (request instanceof Completion completion && completion.prompt() != null) {
				check(caller, completion.prompt(), completion.reference(), UnknownFeatureException::promptToComplete);
			}
			else if (request instanceof Completion completion && completion.template() != null) {
				check(caller, completion.template(), completion.reference(), UnknownFeatureException::resource);
			}
			return chain.proceed(request);
		});
	}

	private void check(Principal caller, Object definition, String target,
			Function<String, UnknownFeatureException> unknown) {
		AccessPolicy.Decision decision = decide(caller, definition);
		if (!decision.allowed()) {
			log.info("Denied {} to {}: {}", describe(definition), name(caller), decision.reason());
			throw unknown.apply(target);
		}
	}

	private static String name(Principal caller) {
		return caller == null ? "an anonymous caller" : caller.getName();
	}

	private static String describe(Object definition) {
		if (definition instanceof ToolDefinition tool) {
			return "tool '" + tool.name() + "'";
		}
		if (definition instanceof ResourceDefinition resource) {
			return "resource '" + resource.uri() + "'";
		}
		if (definition instanceof ResourceTemplateDefinition template) {
			return "resource template '" + template.uriTemplate() + "'";
		}
		if (definition instanceof PromptDefinition prompt) {
			return "prompt '" + prompt.name() + "'";
		}
		return String.valueOf(definition);
	}

	@Override
	public String toString() {
		return "AccessControl[" + policy + "]";
	}

}
