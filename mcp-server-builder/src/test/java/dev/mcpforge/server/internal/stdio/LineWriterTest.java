package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LineWriterTest {

	@Test
	void manyConcurrentSendersProduceIntactLines() throws Exception {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		LineWriter writer = new LineWriter(sink, "test-writer");
		writer.start();
		int threads = 16;
		int perThread = 2000;
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> senders = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int id = t;
			Thread sender = new Thread(() -> {
				try {
					go.await();
				}
				catch (InterruptedException e) {
					return;
				}
				for (int i = 0; i < perThread; i++) {
					assertThat(writer.offer(("{\"t\":" + id + ",\"i\":" + i + "}").getBytes(StandardCharsets.UTF_8)))
						.isTrue();
				}
			});
			sender.start();
			senders.add(sender);
		}
		go.countDown();
		for (Thread sender : senders) {
			sender.join();
		}
		writer.closeGracefully().get(10, TimeUnit.SECONDS);

		String[] lines = sink.toString(StandardCharsets.UTF_8).split("\n", -1);
		assertThat(lines).hasSize(threads * perThread + 1);
		assertThat(lines[lines.length - 1]).isEmpty();
		Set<String> unique = new HashSet<>(List.of(lines).subList(0, lines.length - 1));
		assertThat(unique).hasSize(threads * perThread).allMatch(l -> l.matches("\\{\"t\":\\d+,\"i\":\\d+}"));
	}

	@Test
	void gracefulCloseWritesWhatIsQueuedEvenBehindASlowOutput() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		OutputStream slow = new OutputStream() {

			@Override
			public void write(int b) {
				written.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				try {
					release.await();
				}
				catch (InterruptedException e) {
					throw new java.io.InterruptedIOException();
				}
				written.write(b, off, len);
			}
		};
		LineWriter writer = new LineWriter(slow, "test-writer");
		writer.start();
		for (int i = 0; i < 500; i++) {
			writer.offer(("line-" + i).getBytes(StandardCharsets.UTF_8));
		}
		var done = writer.closeGracefully();
		assertThat(writer.offer("late".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(done).isNotDone();
		release.countDown();
		done.get(10, TimeUnit.SECONDS);
		String[] lines = written.toString(StandardCharsets.UTF_8).split("\n");
		assertThat(lines).hasSize(500).startsWith("line-0").endsWith("line-499");
	}

	@Test
	void immediateCloseDropsTheQueueAndFailedOutputStopsTheWriter() throws Exception {
		OutputStream broken = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("Broken pipe");
			}
		};
		LineWriter writer = new LineWriter(broken, "test-writer");
		writer.start();
		writer.offer("x".repeat(100_000).getBytes(StandardCharsets.UTF_8)); // exceeds the buffer: written at once
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(writer::isTerminated);
		assertThat(writer.offer("after".getBytes(StandardCharsets.UTF_8))).isFalse();

		LineWriter notStarted = new LineWriter(new ByteArrayOutputStream(), "test-writer");
		notStarted.close();
		assertThat(notStarted.closeGracefully()).isDone();
	}

	@Test
	void writeUsesTheCallingThreadWhenIdleAndQueuesBehindEarlierLines() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch blocked = new CountDownLatch(1);
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		List<String> writers = java.util.Collections.synchronizedList(new ArrayList<>());
		OutputStream gated = new OutputStream() {

			@Override
			public void write(int b) {
				written.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				writers.add(Thread.currentThread().getName());
				if (new String(b, off, len, StandardCharsets.UTF_8).contains("queued")) {
					blocked.countDown();
					try {
						release.await();
					}
					catch (InterruptedException e) {
						throw new java.io.InterruptedIOException();
					}
				}
				written.write(b, off, len);
			}
		};
		LineWriter writer = new LineWriter(gated, "test-writer");
		writer.start();

		assertThat(writer.write("direct".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("direct\n");
		assertThat(writers).containsExactly(Thread.currentThread().getName());

		writer.offer("queued".getBytes(StandardCharsets.UTF_8));
		assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
		// the writer thread is stuck on the output: this line waits behind the queued one instead
		assertThat(writer.write("after".getBytes(StandardCharsets.UTF_8))).isTrue();
		release.countDown();
		writer.closeGracefully().get(10, TimeUnit.SECONDS);
		assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("direct\nqueued\nafter\n");
		assertThat(writer.write("late".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

}
