/**
 * Built-in interceptors for the {@link dev.mcpforge.core.interceptor.McpInterceptor} chain. Start at
 * {@link dev.mcpforge.middleware.Middleware} (one factory per built-in) or
 * {@link dev.mcpforge.middleware.MiddlewareConfig} (the common knobs from properties or the environment).
 */
package dev.mcpforge.middleware;
