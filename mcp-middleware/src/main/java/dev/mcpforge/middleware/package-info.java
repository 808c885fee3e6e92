/**
 * Built-in interceptors for the {@link dev.mcpforge.core.interceptor.McpInterceptor} chain.
 */
package dev.mcpforge.middleware;
