package dev.mcpforge.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stdout hygiene of {@code examples/hello-server} over stdio: raw {@code initialize},
 * {@code notifications/initialized} and {@code tools/list} are written to its stdin, and every line
 * it writes to stdout must be a JSON-RPC 2.0 message – logs and banners belong on stderr. After
 * stdin is closed the server must exit by itself (what MCP clients expect of a stdio server).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StdioHygieneIT {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The JVM options docs/server.md gives for starting from a class-data archive. */
  private static final List<String> ARCHIVE_LOGGING = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

  @Test
  void stdoutCarriesOnlyJsonRpc() throws Exception {
    Path jar = InteropEnv.requireJar("interop.helloServerJar", "examples/hello-server");
    checkStdout(jar, List.of(), InteropEnv.logDir("stdio-hygiene"));
  }

  /**
   * docs/server.md's start-up recipe: {@code --training-run} under {@code -XX:ArchiveClassesAtExit}
   * records an archive and exits by itself; a start from it speaks clean stdio; and when the archive no
   * longer fits the jar, the JVM's warning goes to stderr, not into the protocol.
   */
  @Test
  void aClassDataArchiveFromTheTrainingRunKeepsStdoutClean() throws Exception {
    Path built = InteropEnv.requireJar("interop.helloServerJar", "examples/hello-server");
    Path logDir = InteropEnv.logDir("stdio-hygiene-cds");
    Path jar = java.nio.file.Files.copy(built, logDir.resolve("hello-server.jar"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path archive = logDir.resolve("hello-server.jsa");
    java.nio.file.Files.deleteIfExists(archive);
    Process training = Procs.start(new ProcessBuilder(InteropEnv.javaBin(), "-XX:ArchiveClassesAtExit=" + archive,
        "-jar", jar.toString(), "--training-run").directory(logDir.toFile())
        .redirectOutput(logDir.resolve("training.stdout.log").toFile())
        .redirectError(logDir.resolve("training.stderr.log").toFile()));
    assertThat(training.waitFor(90, TimeUnit.SECONDS)).as("the training run exits by itself").isTrue();
    assertThat(training.exitValue()).as("training run exit code").isZero();
    assertThat(archive).as("the archive the training run recorded").isNotEmptyFile();
    List<String> fromArchive = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
    fromArchive.addAll(ARCHIVE_LOGGING);

    checkStdout(jar, fromArchive, logDir);

    // a rebuilt jar no longer matches the archive: the JVM says so, on stderr
    assertThat(jar.toFile().setLastModified(System.currentTimeMillis() + 60_000)).isTrue();
    Path stderr = checkStdout(jar, fromArchive, logDir.resolve("stale"));
    assertThat(java.nio.file.Files.readString(stderr)).contains("shared archive");
  }

  /**
   * The launcher the build writes beside the jar ({@code target/hello-server}, from
   * examples/launcher.sh), as the README starts the servers: it speaks clean stdio, and it starts from the
   * class-data archive the build recorded ({@code -Xshare:on} makes a JVM that cannot map it fail).
   */
  @Test
  void theLauncherBesideTheJarStartsFromTheBuildsArchive() throws Exception {
    Path jar = InteropEnv.requireJar("interop.helloServerJar", "examples/hello-server");
    Path launcher = jar.resolveSibling("hello-server");
    assertThat(launcher).as("the launcher beside the jar").isExecutable();
    assertThat(jar.resolveSibling("hello-server.jsa")).as("the archive the build recorded").isNotEmptyFile();
    ProcessBuilder start = new ProcessBuilder(launcher.toString());
    start.environment().put("JAVA_HOME", Path.of(InteropEnv.javaBin()).getParent().getParent().toString());
    start.environment().put("JAVA_OPTS", "-Xshare:on");

    checkStdout(start, InteropEnv.logDir("stdio-hygiene-launcher"));
  }

  /** Runs the session below against the jar with these JVM options; returns the stderr log. */
  private static Path checkStdout(Path jar, List<String> jvmOptions, Path logDir) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(InteropEnv.javaBin()));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", jar.toString()));
    return checkStdout(new ProcessBuilder(cmd), logDir);
  }

  /** Runs the session below against the hello-server this starts; returns the stderr log. */
  private static Path checkStdout(ProcessBuilder start, Path logDir) throws Exception {
    java.nio.file.Files.createDirectories(logDir);
    Path stdoutLog = logDir.resolve("hello-server-stdio.stdout.log");
    Path stderrLog = logDir.resolve("hello-server-stdio.stderr.log");
    System.out.println("[interop] starting hello-server over stdio: " + String.join(" ", start.command()));
    Process p = Procs.start(start.directory(logDir.toFile()).redirectError(stderrLog.toFile()));
    StringBuilder stdout = new StringBuilder();
    Thread pump = Procs.pump(p.getInputStream(), stdoutLog, stdout, null, "hello-stdio-stdout");
    boolean exitedOnEof;
    try (OutputStream in = p.getOutputStream()) {
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"mcpforge-stdio-hygiene\",\"version\":\"1.0.0\"}}}");
      awaitResponse(stdout, 1, Duration.ofSeconds(30), p, stderrLog);
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
      awaitResponse(stdout, 2, Duration.ofSeconds(15), p, stderrLog);
      // a short quiet period so stray output right after the response is caught too
      Thread.sleep(500);
    } finally {
      // closing stdin (end of the try) = EOF: a stdio server should now exit by itself
      exitedOnEof = p.waitFor(10, TimeUnit.SECONDS);
      Procs.kill(p, Procs.GRACE);
      Procs.join(pump, Duration.ofSeconds(5));
    }

    String all;
    synchronized (stdout) {
      all = stdout.toString();
    }
    List<String> bad = new ArrayList<>();
    JsonNode toolsList = null;
    String[] lines = all.split("\n", -1);
    int count = all.endsWith("\n") ? lines.length - 1 : lines.length; // last element is what follows the final \n
    for (int i = 0; i < count; i++) {
      String line = lines[i];
      String why = notJsonRpc(line);
      if (why != null) {
        bad.add("line " + (i + 1) + " (" + why + "): " + abbreviate(line));
      } else {
        JsonNode msg = JSON.readTree(line);
        if (msg.path("id").asInt(-1) == 2) {
          toolsList = msg;
        }
      }
    }
    if (!all.isEmpty() && !all.endsWith("\n")) {
      bad.add("stdout does not end with a newline (last message unterminated)");
    }
    if (!bad.isEmpty()) {
      fail("hello-server wrote non-JSON-RPC output to stdout (log to stderr instead):\n  " + String.join("\n  ", bad)
          + "\n  full stdout: " + stdoutLog + "\n  stderr: " + stderrLog);
    }
    assertThat(toolsList).as("tools/list response").isNotNull();
    List<String> names = new ArrayList<>();
    toolsList.path("result").path("tools").forEach(t -> names.add(t.path("name").asText()));
    assertThat(names).as("tools/list over raw stdio: %s", toolsList).contains("echo");
    assertThat(exitedOnEof).as("hello-server exits within 10 s once its stdin is closed (stderr: %s)", stderrLog)
        .isTrue();
    System.out.println("[interop] stdio hygiene: " + count + " stdout line(s), all JSON-RPC; server exited on EOF");
    return stderrLog;
  }

  private static void send(OutputStream in, String json) throws IOException {
    in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Waits until a line with the given response id shows up on stdout. */
  private static void awaitResponse(StringBuilder stdout, int id, Duration timeout, Process p, Path stderrLog)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String needle = "\"id\":" + id;
    while (System.nanoTime() < deadline) {
      String seen;
      synchronized (stdout) {
        seen = stdout.toString();
      }
      for (String line : seen.split("\n")) {
        if (line.replace(" ", "").contains(needle) && notJsonRpc(line) == null) {
          JsonNode msg = parse(line);
          if (msg != null && msg.path("id").asInt(-1) == id && (msg.has("result") || msg.has("error"))) {
            if (msg.has("error")) {
              fail("hello-server answered request " + id + " with an error: " + line);
            }
            return;
          }
        }
      }
      if (!p.isAlive()) {
        fail("hello-server exited (code " + p.exitValue() + ") before answering request " + id + "\n  stderr tail:\n"
            + Procs.indent(Procs.tail(stderrLog, 20)));
      }
      Thread.sleep(50);
    }
    String seen;
    synchronized (stdout) {
      seen = stdout.toString();
    }
    fail("no response to request " + id + " within " + timeout.toSeconds() + "s; stdout so far:\n"
        + Procs.indent(Procs.tail(seen, 10)) + "\n  stderr tail:\n" + Procs.indent(Procs.tail(stderrLog, 20)));
  }

  /** null if the line is one JSON-RPC 2.0 message, else the reason it is not. */
  static String notJsonRpc(String line) {
    if (line.isEmpty()) {
      return "empty line";
    }
    JsonNode n = parse(line);
    if (n == null) {
      return "not JSON";
    }
    if (!n.isObject()) {
      return "not a JSON object";
    }
    if (!"2.0".equals(n.path("jsonrpc").asText())) {
      return "no \"jsonrpc\":\"2.0\"";
    }
    boolean request = n.hasNonNull("method");
    boolean response = n.has("id") && (n.has("result") || n.has("error"));
    return request || response ? null : "neither request/notification nor response";
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
