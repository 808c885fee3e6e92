package dev.mcpforge.server.internal.http;

import static dev.mcpforge.server.internal.http.JettyMcpServerLifecycleTest.awaitTrue;
import static dev.mcpforge.server.internal.http.RawMcp.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code notifications/cancelled} POSTed in a session reaches the {@code CancellationSignal}
 * the running tool reads from its transport context; entries go away when responses end.
 */
class CancellationTest {

	TestServer server;

	RawMcp raw;

	SessionCancellations inFlight;

	@BeforeEach
	void start() throws Exception {
		server = TestServer.stateful();
		raw = new RawMcp(server.baseUrl());
		inFlight = server.jetty.guard().cancellations();
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void cancelledNotificationCancelsTheRunningTool() throws Exception {
		String session = raw.initialize();
		CompletableFuture<HttpResponse<String>> call = raw.postAsync(RawMcp.callBody(42, "await_cancel", "{}"),
				headers(session));
		assertThat(server.awaitCancelStarted.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(inFlight.inFlight()).isEqualTo(1);
		assertThat(server.seenSignals.get(0).isCancelled()).isFalse();

		HttpResponse<String> cancel = raw.post(cancelled(42, "user gave up"), headers(session));
		assertThat(cancel.statusCode()).isEqualTo(202);

		HttpResponse<String> result = call.get(10, TimeUnit.SECONDS);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(RawMcp.message(result).at("/result/content/0/text").asText()).isEqualTo("cancelled: user gave up");
		awaitTrue(() -> inFlight.inFlight() == 0 && inFlight.sessionsInFlight() == 0);
	}

	@Test
	void stringIdsAndDefaultReason() throws Exception {
		String session = raw.initialize();
		CompletableFuture<HttpResponse<String>> call = raw.postAsync(RawMcp.callBody("req-1", "await_cancel", "{}"),
				headers(session));
		assertThat(server.awaitCancelStarted.await(10, TimeUnit.SECONDS)).isTrue();
		raw.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"req-1\"}}",
				headers(session));
		assertThat(RawMcp.message(call.get(10, TimeUnit.SECONDS)).at("/result/content/0/text").asText())
			.isEqualTo("cancelled: cancelled by client");
	}

	@Test
	void otherSessionsCannotCancel() throws Exception {
		String owner = raw.initialize();
		String stranger = raw.initialize();
		CompletableFuture<HttpResponse<String>> call = raw.postAsync(RawMcp.callBody(43, "await_cancel", "{}"),
				headers(owner));
		assertThat(server.awaitCancelStarted.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(raw.post(cancelled(43, "not yours"), headers(stranger)).statusCode()).isEqualTo(202);
		// a number id in the notification does not match a string id, and vice versa
		assertThat(raw.post(cancelledString("43", "wrong type"), headers(owner)).statusCode()).isEqualTo(202);
		Thread.sleep(300);
		assertThat(server.seenSignals.get(0).isCancelled()).isFalse();
		assertThat(call.isDone()).isFalse();

		raw.post(cancelled(43, "owner"), headers(owner));
		assertThat(RawMcp.message(call.get(10, TimeUnit.SECONDS)).at("/result/content/0/text").asText())
			.isEqualTo("cancelled: owner");
	}

	@Test
	void finishedRequestsLeaveNothingBehind() throws Exception {
		String session = raw.initialize();
		for (int i = 0; i < 20; i++) {
			raw.assertEchoWorks(session, "n" + i);
		}
		raw.post(RawMcp.callBody(5, "boom", "{}"), headers(session));
		raw.post("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"no/such\"}", headers(session));
		raw.post("{", headers(session));
		raw.post(RawMcp.callBody(7, "echo", "{\"text\":\"x\"}"), headers("unknown-session"));
		awaitTrue(() -> inFlight.inFlight() == 0 && inFlight.sessionsInFlight() == 0);
		// cancelling what already finished is harmless
		assertThat(raw.post(cancelled(5, "late"), headers(session)).statusCode()).isEqualTo(202);
		raw.assertEchoWorks(session, "still fine");
	}

	@Test
	void stoppingTheServerCancelsWhatIsStillRunning() throws Exception {
		String session = raw.initialize();
		CompletableFuture<HttpResponse<String>> call = raw.postAsync(RawMcp.callBody(44, "await_cancel", "{}"),
				headers(session));
		assertThat(server.awaitCancelStarted.await(10, TimeUnit.SECONDS)).isTrue();
		inFlight.cancelAll("server stopped");
		assertThat(RawMcp.message(call.get(10, TimeUnit.SECONDS)).at("/result/content/0/text").asText())
			.isEqualTo("cancelled: server stopped");
	}

	private static String cancelled(long id, String reason) {
		return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":" + id
				+ ",\"reason\":\"" + reason + "\"}}";
	}

	private static String cancelledString(String id, String reason) {
		return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"" + id
				+ "\",\"reason\":\"" + reason + "\"}}";
	}

}
