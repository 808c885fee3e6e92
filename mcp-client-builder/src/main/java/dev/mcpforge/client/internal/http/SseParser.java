package dev.mcpforge.client.internal.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Parses a {@code text/event-stream} line by line, as the WHATWG "event stream interpretation"
 * describes: {@code event}, {@code data} (several lines join with {@code \n}), {@code id} and
 * {@code retry} fields, {@code :} comments, one optional space after the colon, unknown fields
 * ignored, and an event dispatched on each blank line.
 */
public final class SseParser {

	private String lastEventId;

	private Duration retry;

	private String type;

	private StringBuilder data;

	/**
	 * Feeds one line without its line terminator.
	 * @return the event a blank line completes, or {@code null}
	 */
	public SseEvent line(String line) {
		if (line.isEmpty()) {
			return dispatch();
		}
		if (line.startsWith(":")) {
			return null;
		}
		int colon = line.indexOf(':');
		String field = colon < 0 ? line : line.substring(0, colon);
		String value = colon < 0 ? "" : line.substring(colon + 1);
		if (value.startsWith(" ")) {
			value = value.substring(1);
		}
		switch (field) {
			case "event" -> type = value;
			case "data" -> {
				if (data == null) {
					data = new StringBuilder(value);
				}
				else {
					data.append('\n').append(value);
				}
			}
			case "id" -> {
				if (value.indexOf('\0') < 0) {
					lastEventId = value;
				}
			}
			case "retry" -> {
				if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
					retry = Duration.ofMillis(Long.parseLong(value));
				}
			}
			default -> {
			}
		}
		return null;
	}

	/** The id of the last event, to send as {@code Last-Event-ID} when reconnecting. */
	public Optional<String> lastEventId() {
		return Optional.ofNullable(lastEventId).filter(id -> !id.isEmpty());
	}

	/** The reconnection delay the server asked for with {@code retry:}, if it did. */
	public Optional<Duration> retry() {
		return Optional.ofNullable(retry);
	}

	private SseEvent dispatch() {
		if (data == null) {
			type = null;
			return null;
		}
		SseEvent event = new SseEvent(lastEventId, type == null || type.isEmpty() ? "message" : type, data.toString());
		type = null;
		data = null;
		return event;
	}

}
