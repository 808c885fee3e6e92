package dev.mcpforge.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One of our example servers, started as {@code java -jar X.jar --http --port P} on a free
 * 127.0.0.1 port and ready once {@code GET /health/ready} answers 200. {@link #close()} kills it
 * (and a JVM shutdown hook does, should the test JVM die first).
 */
final class HttpServerProcess implements AutoCloseable {

  private static final int START_ATTEMPTS = 3;

  final String name;
  final int port;
  final Path stdoutLog;
  final Path stderrLog;
  private final Process process;

  private HttpServerProcess(String name, int port, Process process, Path stdoutLog, Path stderrLog) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.stdoutLog = stdoutLog;
    this.stderrLog = stderrLog;
  }

  /** The streamable HTTP endpoint. */
  String mcpUrl() {
    return "http://127.0.0.1:" + port + "/mcp";
  }

  static HttpServerProcess start(String name, Path jar, Path logDir) {
    Duration timeout = InteropEnv.seconds("interop.serverStartTimeoutSeconds", 60);
    for (int attempt = 1; ; attempt++) {
      int port = Procs.freePort();
      Path out = logDir.resolve(name + "-http.stdout.log");
      Path err = logDir.resolve(name + "-http.stderr.log");
      List<String> cmd = List.of(InteropEnv.javaBin(), "-jar", jar.toString(), "--http", "--port", String.valueOf(port));
      System.out.println("[interop] starting " + name + ": " + String.join(" ", cmd));
      ProcessBuilder pb = new ProcessBuilder(cmd)
          .directory(logDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      Process p = Procs.start(pb);
      HttpServerProcess server = new HttpServerProcess(name, port, p, out, err);
      String problem = server.awaitReady(timeout);
      if (problem == null) {
        return server;
      }
      server.close();
      String errTail = Procs.tail(err, 30);
      boolean portRace = errTail.contains("BindException") || errTail.contains("Address already in use");
      if (portRace && attempt < START_ATTEMPTS) {
        System.out.println("[interop] " + name + ": port " + port + " was taken meanwhile; retrying on another port");
        continue;
      }
      fail(name + " did not become ready: " + problem + "\n  command: " + String.join(" ", cmd)
          + "\n  stdout: " + out + "\n  stderr: " + err + "\n  stderr tail:\n" + Procs.indent(errTail));
    }
  }

  /** null when ready, else why not. */
  private String awaitReady(Duration timeout) {
    URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    long deadline = t0 + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return "process exited with code " + process.exitValue() + " before " + ready + " answered";
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          System.out.println("[interop] " + name + " ready on " + mcpUrl() + " after "
              + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms (pid " + process.pid() + ")");
          return null;
        }
        last = "GET " + ready + " -> HTTP " + r.statusCode();
      } catch (ConnectException e) {
        last = "connection refused";
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }
    return "not ready within " + timeout.toSeconds() + "s (last: " + last + ")";
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String stderrTail(int lines) {
    return Procs.tail(stderrLog, lines);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      Procs.kill(process, Procs.GRACE);
      System.out.println("[interop] stopped " + name + " (pid " + process.pid() + "); its logs: " + stdoutLog + ", "
          + stderrLog);
    }
  }
}
