/**
 * The response cache (Caffeine) and single-flight de-duplication of read-only requests, in {@link dev.mcpforge.core.interceptor.Phase#CACHING}.
 */
package dev.mcpforge.middleware.cache;
