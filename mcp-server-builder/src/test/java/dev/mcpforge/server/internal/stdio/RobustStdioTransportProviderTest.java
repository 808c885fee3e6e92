package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class RobustStdioTransportProviderTest {

	@Test
	void initializeListAndCallTools() {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo(), TestTools.context())) {
			h.initialize();

			h.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
			JsonNode list = h.responseTo(1);
			List<String> names = new ArrayList<>();
			list.path("result").path("tools").forEach(t -> names.add(t.path("name").asText()));
			assertThat(names).containsExactlyInAnyOrder("echo", "context");

			h.assertEchoWorks(2);

			h.send(StdioHarness.toolCall(3, "context", "{}"));
			assertThat(h.responseTo(3).path("result").path("content").path(0).path("text").asText())
				.isEqualTo("transport=stdio cancellation=true");
		}
	}

	@Test
	void stringIdsCrLfAndBlankLinesAreHandled() {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
			h.initialize();
			h.send("");
			h.send("   \t ");
			h.send("\r");
			h.sendBytes((StdioHarness.ping("p-1") + "\r\n").getBytes());
			JsonNode first = h.next();
			assertThat(first.get("id").asText()).isEqualTo("p-1");
			assertThat(first.has("result")).isTrue();
			h.assertEchoWorks("e-1");
		}
	}

	@Test
	void slowToolDoesNotBlockALaterPing() {
		try (StdioHarness h = StdioHarness.robust(TestTools.sleep())) {
			h.initialize();
			h.send(StdioHarness.toolCall(10, "sleep", "{\"ms\":3000}"));
			h.send(StdioHarness.ping(11));

			JsonNode first = h.next();
			assertThat(first.get("id").asInt()).as("first answer").isEqualTo(11);
			JsonNode slow = h.responseTo(10);
			assertThat(slow.path("result").path("content").path(0).path("text").asText()).isEqualTo("slept");
		}
	}

	@Test
	void slowToolUnderImmediateExecutionDoesNotBlockTheReaderEither() {
		// immediateExecution(true): the SDK runs sync tools on the subscribing thread, i.e. ours
		try (StdioHarness h = new StdioHarness(
				(in, out) -> new RobustStdioTransportProvider(StdioHarness.MAPPER, in, out),
				spec -> spec.immediateExecution(true), TestTools.sleep(), TestTools.echo())) {
			h.initialize();
			h.send(StdioHarness.toolCall(10, "sleep", "{\"ms\":3000}"));
			h.send(StdioHarness.ping(11));
			h.send(StdioHarness.toolCall(12, "echo", "{\"text\":\"quick\"}"));

			assertThat(h.next().get("id").asInt()).isEqualTo(11);
			assertThat(h.next().get("id").asInt()).isEqualTo(12);
			assertThat(h.next().get("id").asInt()).isEqualTo(10);
		}
	}

	@Test
	void cancelledNotificationReachesTheRunningTool() {
		CountDownLatch started = new CountDownLatch(1);
		CompletableFuture<String> observed = new CompletableFuture<>();
		try (StdioHarness h = StdioHarness.robust(TestTools.echo(), TestTools.waitForCancel(started, observed))) {
			RobustStdioTransportProvider provider = (RobustStdioTransportProvider) h.provider;
			h.initialize();
			h.send(StdioHarness.toolCall(20, "wait_for_cancel", "{}"));
			await().atMost(Duration.ofSeconds(10)).until(() -> started.getCount() == 0);
			assertThat(provider.inFlightRequests()).isEqualTo(1);

			h.send("""
					{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":20,"reason":"user abort"}}""");

			assertThat(observed).succeedsWithin(Duration.ofSeconds(5)).isEqualTo("user abort");
			// the tool still answers; a client that cancelled ignores it
			assertThat(h.responseTo(20).path("result").path("isError").asBoolean()).isTrue();
			assertThat(provider.inFlightRequests()).isZero();
			h.assertEchoWorks(21);
		}
	}

	@Test
	void answeredRequestsLeaveNothingInTheCancellationRegistry() {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
			RobustStdioTransportProvider provider = (RobustStdioTransportProvider) h.provider;
			h.initialize();
			for (int i = 0; i < 20; i++) {
				h.assertEchoWorks(i);
			}
			h.send("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"no/such/method\"}");
			assertThat(h.responseTo(99).path("error").path("code").asInt()).isEqualTo(-32601);
			assertThat(provider.inFlightRequests()).isZero();
		}
	}

	@Test
	void unserializableResultBecomesAnInternalErrorForItsId() {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo(), TestTools.unserializable())) {
			h.initialize();
			h.send(StdioHarness.toolCall(5, "unserializable", "{}"));
			JsonNode response = h.responseTo(5);
			assertThat(response.path("error").path("code").asInt()).isEqualTo(-32603);
			assertThat(response.toString()).doesNotContain("secret internal detail");
			h.assertEchoWorks(6);
		}
	}

	@Test
	void rejectsBadArgumentsAndASecondSession() {
		Pipe pipe = new Pipe();
		assertThatThrownBy(() -> new RobustStdioTransportProvider(StdioHarness.MAPPER, pipe.source, pipe.sink, 0))
			.isInstanceOf(IllegalArgumentException.class);
		try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
			assertThatThrownBy(() -> ((RobustStdioTransportProvider) h.provider).setSessionFactory(t -> null))
				.isInstanceOf(IllegalStateException.class);
			assertThatThrownBy(() -> h.provider.notifyClient("not-the-session", "notifications/message", null).block())
				.isInstanceOf(IllegalStateException.class);
		}
	}

	@Test
	void stdinEofClosesTheSessionAndEndsTheThreads() {
		AtomicInteger transportCloses = new AtomicInteger();
		// record the session closing its transport, which McpServerSession.close() does
		StdioHarness.ProviderFactory factory = (in, out) -> new ClosingSpy(
				new RobustStdioTransportProvider(StdioHarness.MAPPER, in, out), transportCloses);
		CountDownLatch started = new CountDownLatch(1);
		CompletableFuture<String> observed = new CompletableFuture<>();
		StdioHarness h = new StdioHarness(factory, TestTools.echo(), TestTools.waitForCancel(started, observed));
		RobustStdioTransportProvider provider = ((ClosingSpy) h.provider).delegate;
		Thread reader = provider.readerThread();
		Thread writer = provider.writerThread();
		assertThat(reader.getName()).isEqualTo("mcpforge-stdio-reader");
		assertThat(reader.isDaemon()).isFalse();
		assertThat(writer.getName()).isEqualTo("mcpforge-stdio-writer");

		h.initialize();
		h.assertEchoWorks(1);
		h.send(StdioHarness.toolCall(2, "wait_for_cancel", "{}"));
		await().atMost(Duration.ofSeconds(10)).until(() -> started.getCount() == 0);

		h.closeStdin();

		await().atMost(Duration.ofSeconds(10)).until(() -> !reader.isAlive() && !writer.isAlive());
		assertThat(transportCloses).hasPositiveValue();
		assertThat(observed).succeedsWithin(Duration.ofSeconds(5)).isEqualTo("stdin closed");
		assertThat(provider.inFlightRequests()).isZero();
		h.close();
	}

	@Test
	void closeGracefullyWritesQueuedMessagesAndDropsLaterOnes() throws Exception {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
			RobustStdioTransportProvider provider = (RobustStdioTransportProvider) h.provider;
			h.initialize();
			h.assertEchoWorks(1);
			for (int i = 0; i < 100; i++) {
				provider.notifyClients("notifications/message", java.util.Map.of("level", "info", "data", i)).block();
			}
			h.server.closeGracefully();
			// the drain future completes on the writer thread just before it returns
			provider.writerThread().join(TimeUnit.SECONDS.toMillis(10));
			assertThat(provider.writerThread().isAlive()).isFalse();
			for (int i = 0; i < 100; i++) {
				assertThat(h.next().path("params").path("data").asInt()).isEqualTo(i);
			}
			// after close: dropped quietly, no error
			provider.notifyClients("notifications/message", java.util.Map.of("level", "info", "data", "late")).block();
			assertThat(h.poll(Duration.ofMillis(300))).isNull();
			h.closeStdin();
			provider.readerThread().join(TimeUnit.SECONDS.toMillis(10));
			assertThat(provider.readerThread().isAlive()).isFalse();
		}
	}

	@Test
	void serverCloseInterruptsABlockedReader() throws Exception {
		try (StdioHarness h = StdioHarness.robust(TestTools.echo())) {
			RobustStdioTransportProvider provider = (RobustStdioTransportProvider) h.provider;
			h.initialize();
			h.assertEchoWorks(1);
			h.server.close();
			provider.readerThread().join(TimeUnit.SECONDS.toMillis(10));
			assertThat(provider.readerThread().isAlive()).isFalse();
			await().atMost(Duration.ofSeconds(5)).until(() -> !provider.writerThread().isAlive());
		}
	}

	/** Delegates to our provider and counts {@code close()} calls on the session's transport. */
	static final class ClosingSpy implements McpServerTransportProvider {

		final RobustStdioTransportProvider delegate;

		private final AtomicInteger closes;

		ClosingSpy(RobustStdioTransportProvider delegate, AtomicInteger closes) {
			this.delegate = delegate;
			this.closes = closes;
		}

		@Override
		public void setSessionFactory(McpServerSession.Factory factory) {
			delegate.setSessionFactory(transport -> factory.create(new McpServerTransport() {

				@Override
				public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
					return transport.sendMessage(message);
				}

				@Override
				public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
					return transport.unmarshalFrom(data, typeRef);
				}

				@Override
				public Mono<Void> closeGracefully() {
					return transport.closeGracefully();
				}

				@Override
				public void close() {
					closes.incrementAndGet();
					transport.close();
				}
			}));
		}

		@Override
		public Mono<Void> notifyClients(String method, Object params) {
			return delegate.notifyClients(method, params);
		}

		@Override
		public Mono<Void> closeGracefully() {
			return delegate.closeGracefully();
		}

		@Override
		public void close() {
			delegate.close();
		}

	}

}
