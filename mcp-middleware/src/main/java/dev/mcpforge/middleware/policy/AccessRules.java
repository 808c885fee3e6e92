package dev.mcpforge.middleware.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.mcpforge.core.PromptDefinition;
import dev.mcpforge.core.ResourceDefinition;
import dev.mcpforge.core.ResourceTemplateDefinition;
import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.security.AccessPolicy;
import dev.mcpforge.core.security.McpPrincipal;

/**
 * An {@link AccessPolicy} from rules on the caller ({@link Who}: role, scope, name) and the tool
 * ({@link Tools}: name, tag, hints), resource (URI prefix) or prompt (name). Every rule is asked;
 * <b>a denial wins</b> over any allowance, so the order of the rules does not matter; when no
 * rule has an opinion, the default decides, for tools, resources and prompts alike.
 *
 * <pre>{@code
 * import static dev.mcpforge.middleware.policy.Who.*;
 *
 * AccessRules rules = AccessRules.builder()
 *     .denyDestructiveUnless(role("admin"))
 *     .allowTagFor("orders", scope("orders:read"))
 *     .defaultAllow();
 * }</pre>
 * Its {@code toString()} lists the rules, and is what the printed interceptor chain shows.
 */
public final class AccessRules implements AccessPolicy {

	private final List<Rule> rules;

	private final boolean defaultAllow;

	private AccessRules(List<Rule> rules, boolean defaultAllow) {
		this.rules = List.copyOf(rules);
		this.defaultAllow = defaultAllow;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Decision decide(McpPrincipal principal, ToolDefinition tool) {
		return decideOn(principal, tool);
	}

	@Override
	public Decision decide(McpPrincipal principal, ResourceDefinition resource) {
		return decideOn(principal, resource);
	}

	@Override
	public Decision decide(McpPrincipal principal, ResourceTemplateDefinition template) {
		return decideOn(principal, template);
	}

	@Override
	public Decision decide(McpPrincipal principal, PromptDefinition prompt) {
		return decideOn(principal, prompt);
	}

	private Decision decideOn(McpPrincipal principal, Object definition) {
		Rule allowedBy = null;
		for (Rule rule : rules) {
			if (rule.target.test(definition) && rule.applies(principal)) {
				if (!rule.allows(principal)) {
					return Decision.deny(rule.toString());
				}
				if (allowedBy == null) {
					allowedBy = rule;
				}
			}
		}
		if (allowedBy != null) {
			return Decision.allow(allowedBy.toString());
		}
		return defaultAllow ? Decision.allow("default allow") : Decision.deny("default deny");
	}

	@Override
	public String toString() {
		return rules.stream().map(Rule::toString).collect(Collectors.joining("; ", "AccessRules[", "; "))
				+ (defaultAllow ? "default allow]" : "default deny]");
	}

	/**
	 * One rule: for the definitions {@code target} matches, callers matching {@code scope} are
	 * allowed when they match {@code who} and denied when they do not; callers outside
	 * {@code scope} are left to other rules.
	 */
	private record Rule(Predicate<Object> target, Who scope, Who who, String text) {

		Rule(Tools tools, Who scope, Who who, String text) {
			this(definition -> definition instanceof ToolDefinition tool && tools.matches(tool), scope, who, text);
		}

		boolean applies(McpPrincipal principal) {
			return scope.matches(principal);
		}

		boolean allows(McpPrincipal principal) {
			return who.matches(principal);
		}

		@Override
		public String toString() {
			return text;
		}

	}

	/** Builder of {@link AccessRules}; ends with {@link #defaultAllow()} or {@link #defaultDeny()}. */
	public static final class Builder {

		private final List<Rule> rules = new ArrayList<>();

		private Builder() {
		}

		/** {@code tools} are for {@code who} only: everyone else is denied them. */
		public Builder restrict(Tools tools, Who who) {
			return add(new Rule(tools, Who.anyone(), who, tools + " only for " + who));
		}

		/** Tools that may be destructive ({@link Tools#destructive()}) only for {@code who}. */
		public Builder denyDestructiveUnless(Who who) {
			return restrict(Tools.destructive(), who);
		}

		/** Callers matching {@code who} are denied every tool that may be destructive (e.g. read-only keys). */
		public Builder denyDestructiveTo(Who who) {
			return add(new Rule(Tools.destructive(), who, Who.nobody(), "destructive tools denied to " + who));
		}

		/** Callers matching {@code who} may call only read-only tools. */
		public Builder readOnlyFor(Who who) {
			return add(new Rule(Tools.notReadOnly(), who, Who.nobody(), "only read-only tools for " + who));
		}

		/** Tools tagged {@code tag} only for {@code who}. */
		public Builder allowTagFor(String tag, Who who) {
			return restrict(Tools.tagged(tag), who);
		}

		/** The named tools only for {@code who}. */
		public Builder allowToolsFor(Who who, String... names) {
			return restrict(Tools.named(names), who);
		}

		/**
		 * Resources whose URI, and templates whose URI template, starts with {@code uriPrefix},
		 * only for {@code who}.
		 */
		public Builder restrictResources(String uriPrefix, Who who) {
			Objects.requireNonNull(uriPrefix, "uriPrefix");
			Predicate<Object> target = definition -> definition instanceof ResourceDefinition resource
					? resource.uri().startsWith(uriPrefix)
					: definition instanceof ResourceTemplateDefinition template && template.uriTemplate().startsWith(uriPrefix);
			return add(new Rule(target, Who.anyone(), who, "resources " + uriPrefix + "* only for " + who));
		}

		/** The named prompts only for {@code who}. */
		public Builder restrictPrompts(Who who, String... names) {
			java.util.Set<String> set = java.util.Set.of(names);
			return add(new Rule(definition -> definition instanceof PromptDefinition prompt && set.contains(prompt.name()),
					Who.anyone(), who, "prompts " + set.stream().sorted().toList() + " only for " + who));
		}

		/** {@code tools} for everyone (useful with {@link #defaultDeny()}). */
		public Builder allow(Tools tools) {
			return add(new Rule(tools, Who.anyone(), Who.anyone(), tools + " for anyone"));
		}

		/** {@code tools} for {@code who}, with no opinion about anybody else. */
		public Builder allow(Tools tools, Who who) {
			return add(new Rule(tools, who, Who.anyone(), tools + " for " + who));
		}

		/** {@code tools} for nobody. */
		public Builder deny(Tools tools) {
			return add(new Rule(tools, Who.anyone(), Who.nobody(), tools + " for nobody"));
		}

		/** Tools, resources and prompts no rule has an opinion on are allowed. */
		public AccessRules defaultAllow() {
			return new AccessRules(rules, true);
		}

		/** Tools, resources and prompts no rule allows are denied. */
		public AccessRules defaultDeny() {
			return new AccessRules(rules, false);
		}

		private Builder add(Rule rule) {
			rules.add(Objects.requireNonNull(rule));
			return this;
		}

	}

}
