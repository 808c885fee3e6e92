package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTest {

	@Test
	void stdioIsTheDefault() {
		assertThat(CommandLine.parse()).isEqualTo(new CommandLine(false, "127.0.0.1", 8080, false, false));
	}

	@Test
	void httpTakesPortHostAndStateless() {
		assertThat(CommandLine.parse("--http", "--port", "9000", "--host", "0.0.0.0", "--stateless"))
			.isEqualTo(new CommandLine(true, "0.0.0.0", 9000, true, false));
	}

	@Test
	void trainingRunGoesWithEitherTransport() {
		assertThat(CommandLine.parse("--training-run")).isEqualTo(new CommandLine(false, "127.0.0.1", 8080, false, true));
		assertThat(CommandLine.parse("--http", "--stateless", "--training-run").training()).isTrue();
	}

	@Test
	void mistakesAreNamed() {
		assertThatThrownBy(() -> CommandLine.parse("--htp")).hasMessageStartingWith("unknown argument '--htp'");
		assertThatThrownBy(() -> CommandLine.parse("--http", "--port")).hasMessageStartingWith("--port needs a value");
		assertThatThrownBy(() -> CommandLine.parse("--http", "--port", "70000"))
			.hasMessage("--port must be a number from 0 to 65535, but was '70000'");
		assertThatThrownBy(() -> CommandLine.parse("--port", "9000")).hasMessageStartingWith("--port, --host and --stateless need --http");
	}

	@Test
	void aMistakeIsOneLineWithoutAStackTrace() {
		assertThatThrownBy(() -> CommandLine.parse("--htp")).isInstanceOf(UsageException.class)
			.isInstanceOf(IllegalArgumentException.class)
			.satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
	}

}
