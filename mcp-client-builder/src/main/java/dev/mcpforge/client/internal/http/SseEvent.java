package dev.mcpforge.client.internal.http;

/**
 * One dispatched server-sent event.
 *
 * @param id the last event id seen on the stream so far ({@code null} if none)
 * @param type the event type, {@code message} unless the server named another
 * @param data the data lines joined with {@code \n}; empty for a priming event
 */
public record SseEvent(String id, String type, String data) {
}
