/**
 * Micrometer request metrics and a Prometheus scrape servlet.
 */
package dev.mcpforge.middleware.metrics;
