/**
 * Implementation details of the built-in interceptors; may change without notice.
 */
package dev.mcpforge.middleware.internal;
