package dev.mcpforge.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official conformance suite in client mode against {@code examples/conformance-client}: the
 * suite starts a mock server per scenario and runs the client with the server URL as its last
 * argument and the scenario in {@code MCP_CONFORMANCE_SCENARIO}. {@code sse-retry} checks that the
 * client waits the SSE {@code retry} delay and resumes the closed stream with {@code Last-Event-ID}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ConformanceClientIT {

  @ParameterizedTest
  @ValueSource(strings = { "initialize", "tools_call", "elicitation-sep1034-client-defaults", "sse-retry" })
  void scenarioPasses(String scenario) throws Exception {
    Path jar = InteropEnv.requireJar("interop.conformanceClientJar", "examples/conformance-client");
    Path logDir = InteropEnv.logDir("conformance-client");
    Files.createDirectories(logDir);
    String command = InteropEnv.javaBin() + " -jar " + jar;
    Procs.Result result = Procs.run("conformance-client-" + scenario,
        List.of(InteropEnv.node22().toString(), InteropEnv.conformanceCli().toString(), "client", "--command", command,
            "--scenario", scenario),
        InteropEnv.moduleDir(), Map.of("NO_COLOR", "1"), Duration.ofSeconds(120), logDir,
        line -> System.out.println("[conformance-client] " + line));
    // the CLI reports client-mode results on stderr
    assertThat(result.stdout() + result.stderr()).as(result.describe()).contains("OVERALL: PASSED").doesNotContain("FAILURE");
    assertThat(result.exitCode()).as(result.describe()).isZero();
  }

}
