package dev.mcpforge.middleware.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.security.AccessPolicy;
import dev.mcpforge.core.security.McpPrincipal;

/**
 * An {@link AccessPolicy} from rules on the caller ({@link Who}: role, scope, name) and the tool
 * ({@link Tools}: name, tag, hints). Every rule is asked; <b>a denial wins</b> over any allowance,
 * so the order of the rules does not matter; when no rule has an opinion, the default decides.
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
		Rule allowedBy = null;
		for (Rule rule : rules) {
			if (rule.tools.matches(tool) && rule.applies(principal)) {
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
	 * One rule: for {@code tools}, callers matching {@code scope} are allowed when they match
	 * {@code who} and denied when they do not; callers outside {@code scope} are left to other rules.
	 */
	private record Rule(Tools tools, Who scope, Who who, String text) {

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

		/** Tools no rule has an opinion on are allowed. */
		public AccessRules defaultAllow() {
			return new AccessRules(rules, true);
		}

		/** Tools no rule allows are denied. */
		public AccessRules defaultDeny() {
			return new AccessRules(rules, false);
		}

		private Builder add(Rule rule) {
			rules.add(Objects.requireNonNull(rule));
			return this;
		}

	}

}
