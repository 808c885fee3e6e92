package dev.mcpforge.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import dev.mcpforge.server.internal.CancellationSignal;
import org.junit.jupiter.api.Test;

class SessionCancellationsTest {

	@Test
	void cancelsOnlyTheNamedRequestOfTheNamedSession() {
		SessionCancellations all = new SessionCancellations();
		CancellationSignal a1 = all.register("A", 1L);
		CancellationSignal a2 = all.register("A", "2");
		CancellationSignal b1 = all.register("B", 1);
		assertThat(all.inFlight()).isEqualTo(3);
		assertThat(all.sessionsInFlight()).isEqualTo(2);

		all.cancel("A", 1, "why");
		assertThat(a1.isCancelled()).isTrue();
		assertThat(a1.reason()).isEqualTo("why");
		assertThat(a2.isCancelled()).isFalse();
		assertThat(b1.isCancelled()).isFalse();
		all.cancel("A", 2L, "string id 2 is not number 2");
		assertThat(a2.isCancelled()).isFalse();
		all.cancel("C", 1, "no such session");
		assertThat(all.inFlight()).isEqualTo(2);
	}

	@Test
	void sessionsWithNothingInFlightAreDropped() {
		SessionCancellations all = new SessionCancellations();
		all.register("A", 1L);
		all.register("A", 2L);
		all.complete("A", 1L);
		assertThat(all.sessionsInFlight()).isEqualTo(1);
		all.complete("A", 2L);
		assertThat(all.sessionsInFlight()).isZero();
		all.complete("A", 2L);
		assertThat(all.inFlight()).isZero();
	}

	@Test
	void listenersMayTouchTheRegistryWhileBeingCancelled() {
		SessionCancellations all = new SessionCancellations();
		CancellationSignal s = all.register("A", 1L);
		AtomicInteger ran = new AtomicInteger();
		s.onCancel(() -> {
			all.complete("A", 1L);
			all.register("A", 2L);
			ran.incrementAndGet();
		});
		all.cancel("A", 1L, "x");
		assertThat(ran).hasValue(1);
		assertThat(all.inFlight()).isEqualTo(1);
		all.cancelAll("stop");
		assertThat(all.inFlight()).isZero();
	}

}
