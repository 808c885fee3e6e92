package dev.mcpforge.server.internal.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StdioStreamsTest {

	private final ByteArrayOutputStream fakeStdout = new ByteArrayOutputStream();

	private final ByteArrayOutputStream fakeStderr = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void swapStreams() {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(fakeStdout, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(fakeStderr, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreStreams() {
		StdioStreams.restoreStdout();
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	@Test
	void strayPrintlnGoesToStderrAndTheProtocolStreamStaysClean() throws Exception {
		PrintStream captured = System.out;
		OutputStream protocol = StdioStreams.protectStdout();

		assertThat(protocol).isSameAs(captured);
		assertThat(System.out).isNotSameAs(captured);

		System.out.println("stray debug output");
		System.out.print('c');
		System.out.close(); // must not close stderr
		System.err.println("still usable");
		protocol.write("{\"jsonrpc\":\"2.0\",\"method\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
		protocol.flush();

		assertThat(fakeStdout.toString(StandardCharsets.UTF_8)).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"x\"}\n");
		// contains, not equals: loggers of other tests' threads may write to stderr meanwhile
		assertThat(fakeStderr.toString(StandardCharsets.UTF_8)).contains("stray debug output" + System.lineSeparator())
			.contains("cstill usable");
	}

	@Test
	void protectingTwiceKeepsTheFirstCaptureAndRestorePutsItBack() {
		PrintStream captured = System.out;
		OutputStream first = StdioStreams.protectStdout();
		OutputStream second = StdioStreams.protectStdout();
		assertThat(second).isSameAs(first).isSameAs(captured);

		StdioStreams.restoreStdout();
		assertThat(System.out).isSameAs(captured);
	}

	@Test
	void forSystemStreamsWritesProtocolToTheRealStdout() {
		RobustStdioTransportProvider provider = RobustStdioTransportProvider.forSystemStreams(StdioHarness.MAPPER);
		assertThat(provider).isNotNull();
		System.out.println("user noise");
		assertThat(fakeStdout.size()).isZero();
		assertThat(fakeStderr.toString(StandardCharsets.UTF_8)).contains("user noise");
	}

}
