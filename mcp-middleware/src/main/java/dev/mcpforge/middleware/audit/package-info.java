/**
 * Audit events with secrets redacted, and the sinks they go to.
 */
package dev.mcpforge.middleware.audit;
