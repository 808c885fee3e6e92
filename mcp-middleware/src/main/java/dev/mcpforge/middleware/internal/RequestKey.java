package dev.mcpforge.middleware.internal;

/** Identity of a read-only request; see {@link Requests#readOnlyKey}. Not API. */
public record RequestKey(String method, String target, String arguments, String scope) {
}
