package dev.mcpforge.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SseParserTest {

	private final SseParser parser = new SseParser();

	private List<SseEvent> feed(String... lines) {
		List<SseEvent> events = new ArrayList<>();
		for (String line : lines) {
			SseEvent event = parser.line(line);
			if (event != null) {
				events.add(event);
			}
		}
		return events;
	}

	@Test
	void fieldsMakeOneEventPerBlankLine() {
		assertThat(feed("event: message", "id: 7", "data: {\"a\":1}", "", "data: second", ""))
			.containsExactly(new SseEvent("7", "message", "{\"a\":1}"), new SseEvent("7", "message", "second"));
	}

	@Test
	void dataLinesJoinWithNewlinesAndOnlyOneLeadingSpaceIsStripped() {
		assertThat(feed("data:first", "data:  second", "data", ""))
			.containsExactly(new SseEvent(null, "message", "first\n second\n"));
	}

	@Test
	void commentsAndUnknownFieldsAreIgnoredAndAnEventWithoutDataIsNotDispatched() {
		assertThat(feed(": keep-alive", "foo: bar", "event: ping", "")).isEmpty();
		assertThat(feed("data: x", "")).containsExactly(new SseEvent(null, "message", "x"));
	}

	@Test
	void thePrimingEventCarriesTheIdAndRetryWithEmptyData() {
		assertThat(feed("id: event-1", "retry: 500", "data: ", "")).containsExactly(new SseEvent("event-1", "message", ""));
		assertThat(parser.lastEventId()).contains("event-1");
		assertThat(parser.retry()).contains(Duration.ofMillis(500));
	}

	@Test
	void anInvalidRetryIsIgnoredAndAnEmptyIdClearsTheLastId() {
		feed("retry: 300", "retry: soon", "retry: -1", "id: 1", "data: x", "", "id:", "data: y", "");
		assertThat(parser.retry()).contains(Duration.ofMillis(300));
		assertThat(parser.lastEventId()).isEmpty();
	}

}
