package dev.mcpforge.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The MCP Inspector CLI ({@code @modelcontextprotocol/inspector-cli} 1.0.3) against
 * {@code examples/hello-server} over stdio and streamable HTTP: {@code tools/list} and
 * {@code tools/call --tool-name echo --tool-arg message=hello}.
 *
 * <p>Inspector CLI 1.0.3 looks for {@code ../package.json} relative to the <em>cwd</em>, so it is
 * run from its own {@code build/} directory, with absolute paths everywhere. The stdio target is
 * {@code <java> --method ... -- -jar <jar>}: everything after {@code --} goes to the server command
 * untouched.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectorCliIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
  private HttpServerProcess httpServer;

  @AfterAll
  void stopServer() {
    if (httpServer != null) {
      httpServer.close();
    }
  }

  @Test
  void stdioToolsList() throws Exception {
    assertListsEcho(inspect("inspector-stdio-tools-list", stdioTarget(), "--method", "tools/list"));
  }

  @Test
  void stdioToolsCall() throws Exception {
    assertEchoes(inspect("inspector-stdio-tools-call", stdioTarget(), "--method", "tools/call", "--tool-name", "echo",
        "--tool-arg", "message=hello"));
  }

  @Test
  void httpToolsList() throws Exception {
    assertListsEcho(inspect("inspector-http-tools-list", httpTarget(), "--method", "tools/list"));
  }

  @Test
  void httpToolsCall() throws Exception {
    assertEchoes(inspect("inspector-http-tools-call", httpTarget(), "--method", "tools/call", "--tool-name", "echo",
        "--tool-arg", "message=hello"));
  }

  /** The stdio target: the java launcher, then "--" and its arguments (the inspector options go in between). */
  private List<String> stdioTarget() {
    Path jar = InteropEnv.requireJar("interop.helloServerJar", "examples/hello-server");
    return List.of(InteropEnv.javaBin(), "--", "-jar", jar.toString());
  }

  /** The streamable HTTP target (one hello-server for the class, started on first use). */
  private List<String> httpTarget() {
    Path jar = InteropEnv.requireJar("interop.helloServerJar", "examples/hello-server");
    if (httpServer == null || !httpServer.isAlive()) {
      httpServer = HttpServerProcess.start("hello-server", jar, InteropEnv.logDir("inspector"));
    }
    return List.of(httpServer.mcpUrl(), "--transport", "http");
  }

  private static JsonNode inspect(String name, List<String> target, String... options) throws Exception {
    Path buildDir = InteropEnv.inspectorCliBuildDir();
    List<String> cmd = new ArrayList<>(List.of(InteropEnv.systemNode(), buildDir.resolve("index.js").toString()));
    int sep = target.indexOf("--");
    List<String> head = sep < 0 ? target : target.subList(0, sep);
    List<String> tail = sep < 0 ? List.of() : target.subList(sep, target.size());
    cmd.addAll(head);
    cmd.addAll(List.of(options));
    cmd.addAll(tail);
    Procs.Result r = Procs.run(name, cmd, buildDir, Map.of(), RUN_TIMEOUT, InteropEnv.logDir("inspector"),
        line -> System.out.println("[" + name + "] " + line));
    if (r.timedOut() || r.exitCode() != 0) {
      fail(name + ": Inspector CLI failed\n  " + r.describe() + "\n  stdout:\n" + Procs.indent(Procs.tail(r.stdout(), 20)));
    }
    try {
      return JSON.readTree(r.stdout());
    } catch (Exception e) {
      fail(name + ": Inspector CLI stdout is not one JSON document (" + e.getMessage() + "):\n"
          + Procs.indent(Procs.tail(r.stdout(), 30)));
      return null;
    }
  }

  private static void assertListsEcho(JsonNode out) {
    List<String> names = new ArrayList<>();
    out.path("tools").forEach(t -> names.add(t.path("name").asText()));
    assertThat(names).as("tools/list result %s", out).contains("echo");
    out.path("tools").forEach(t -> {
      if ("echo".equals(t.path("name").asText())) {
        assertThat(t.path("inputSchema").path("type").asText()).as("echo inputSchema.type").isEqualTo("object");
        assertThat(t.path("inputSchema").path("properties").has("message")).as("echo has a 'message' argument: %s", t)
            .isTrue();
      }
    });
  }

  private static void assertEchoes(JsonNode out) {
    assertThat(out.path("isError").asBoolean(false)).as("isError in %s", out).isFalse();
    List<String> texts = new ArrayList<>();
    out.path("content").forEach(c -> {
      if ("text".equals(c.path("type").asText())) {
        texts.add(c.path("text").asText());
      }
    });
    assertThat(texts).as("text content of tools/call echo: %s", out).anySatisfy(t -> assertThat(t).contains("hello"));
  }
}
