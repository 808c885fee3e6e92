package dev.mcpforge.middleware.policy;

import java.util.Objects;
import java.util.function.Predicate;

import dev.mcpforge.core.security.McpPrincipal;

/**
 * A condition on the caller, for {@link AccessRules}. Anonymous callers ({@code null}) have no
 * name, roles or scopes. Import statically: {@code role("admin")}, {@code scope("orders:read")}.
 */
public final class Who {

	private final String description;

	private final Predicate<McpPrincipal> test;

	private Who(String description, Predicate<McpPrincipal> test) {
		this.description = description;
		this.test = test;
	}

	/** Callers with this role. */
	public static Who role(String role) {
		Objects.requireNonNull(role, "role");
		return new Who("role " + role, p -> p != null && p.hasRole(role));
	}

	/** Callers with this scope. */
	public static Who scope(String scope) {
		Objects.requireNonNull(scope, "scope");
		return new Who("scope " + scope, p -> p != null && p.hasScope(scope));
	}

	/** The caller with this name. */
	public static Who named(String name) {
		Objects.requireNonNull(name, "name");
		return new Who("name " + name, p -> p != null && name.equals(p.name()));
	}

	/** Any authenticated caller. */
	public static Who authenticated() {
		return new Who("authenticated", Objects::nonNull);
	}

	/** Callers without a principal. */
	public static Who anonymous() {
		return new Who("anonymous", Objects::isNull);
	}

	/** Everyone, anonymous included. */
	public static Who anyone() {
		return new Who("anyone", p -> true);
	}

	/** Nobody. */
	public static Who nobody() {
		return new Who("nobody", p -> false);
	}

	public Who or(Who other) {
		return new Who(description + " or " + other.description, p -> test.test(p) || other.test.test(p));
	}

	public Who and(Who other) {
		return new Who(description + " and " + other.description, p -> test.test(p) && other.test.test(p));
	}

	public boolean matches(McpPrincipal principal) {
		return test.test(principal);
	}

	@Override
	public String toString() {
		return description;
	}

}
