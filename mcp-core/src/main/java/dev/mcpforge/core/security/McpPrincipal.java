package dev.mcpforge.core.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller: a name, roles, scopes and free attributes (claims, tenant, ...).
 * Authenticators return it; handlers see it in {@code McpContext.principal()} and access
 * policies decide on it.
 *
 * <p>{@link #toString()} prints the name, roles and scopes only — never the attributes, which
 * may hold anything an authenticator put there.
 *
 * @param name who it is, e.g. a key's owner or a token's subject
 * @param roles coarse permissions, e.g. {@code admin}
 * @param scopes OAuth-style permissions, e.g. {@code orders:read}
 * @param attributes anything else the authenticator knows (never printed)
 */
public record McpPrincipal(String name, Set<String> roles, Set<String> scopes, Map<String, Object> attributes)
		implements Principal {

	public McpPrincipal {
		Objects.requireNonNull(name, "name");
		roles = roles == null ? Set.of() : Set.copyOf(roles);
		scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	/** A principal with a name and nothing else. */
	public static McpPrincipal of(String name) {
		return new McpPrincipal(name, Set.of(), Set.of(), Map.of());
	}

	/**
	 * {@code principal} as an {@code McpPrincipal}: itself if it is one, else one with its name
	 * and no roles or scopes (e.g. a servlet container's principal); {@code null} stays null.
	 */
	public static McpPrincipal from(Principal principal) {
		if (principal == null || principal instanceof McpPrincipal) {
			return (McpPrincipal) principal;
		}
		return of(String.valueOf(principal.getName()));
	}

	/** A copy that also has these roles. */
	public McpPrincipal withRoles(String... added) {
		Set<String> all = new LinkedHashSet<>(roles);
		all.addAll(Arrays.asList(added));
		return new McpPrincipal(name, all, scopes, attributes);
	}

	/** A copy that also has these scopes. */
	public McpPrincipal withScopes(String... added) {
		Set<String> all = new LinkedHashSet<>(scopes);
		all.addAll(Arrays.asList(added));
		return new McpPrincipal(name, roles, all, attributes);
	}

	/** A copy with this attribute set. */
	public McpPrincipal withAttribute(String key, Object value) {
		Map<String, Object> all = new java.util.LinkedHashMap<>(attributes);
		all.put(key, value);
		return new McpPrincipal(name, roles, scopes, all);
	}

	@Override
	public String getName() {
		return name;
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public boolean hasScope(String scope) {
		return scopes.contains(scope);
	}

	@Override
	public String toString() {
		return "McpPrincipal[" + name + ", roles=" + new java.util.TreeSet<>(roles) + ", scopes="
				+ new java.util.TreeSet<>(scopes) + "]";
	}

}
