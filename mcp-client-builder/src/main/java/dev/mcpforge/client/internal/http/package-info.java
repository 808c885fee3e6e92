/**
 * The streamable HTTP client transport behind {@code McpClient.builder().http(url)}; may change
 * without notice.
 */
package dev.mcpforge.client.internal.http;
