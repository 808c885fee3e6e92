package dev.mcpforge.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Child processes for the interop tests: every wait is bounded, every process is killed with its
 * descendants (also from a JVM shutdown hook), output goes to files under target/ for diagnosis.
 */
final class Procs {

  /** How long a process gets after SIGTERM before SIGKILL. */
  static final Duration GRACE = Duration.ofSeconds(5);

  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Process p : LIVE) {
        kill(p, Duration.ofSeconds(2));
      }
    }, "interop-kill-children"));
  }

  private Procs() {}

  /** A port that was free on 127.0.0.1 a moment ago (the server may still lose a race for it). */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a process whose output is handled by the caller (redirects set on {@code pb}); it is tracked for cleanup. */
  static Process start(ProcessBuilder pb) {
    try {
      Process p = pb.start();
      LIVE.add(p);
      p.onExit().thenRun(() -> LIVE.remove(p));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + pb.command(), e);
    }
  }

  /**
   * SIGTERM to the process and its descendants, wait up to {@code grace}, then SIGKILL whatever is
   * left. Returns true when everything is gone.
   */
  static boolean kill(Process p, Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>();
    try {
      p.descendants().forEach(tree::add);
    } catch (RuntimeException ignored) {
      // process already gone
    }
    tree.add(p.toHandle());
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle h : tree) {
      long left = deadline - System.nanoTime();
      try {
        h.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (Exception timeoutOrInterrupt) {
        break;
      }
    }
    boolean forced = false;
    for (ProcessHandle h : tree) {
      if (h.isAlive()) {
        forced = true;
        h.destroyForcibly();
      }
    }
    if (forced) {
      System.out.println("[interop] process " + p.pid() + " (or a descendant) ignored SIGTERM for " + grace.toSeconds()
          + "s; killed with SIGKILL");
      for (ProcessHandle h : tree) {
        try {
          h.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
          // reported below
        }
      }
    }
    LIVE.remove(p);
    return tree.stream().noneMatch(ProcessHandle::isAlive);
  }

  /** Result of {@link #run}. */
  record Result(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr,
      Duration took, Path stdoutLog, Path stderrLog) {

    String describe() {
      return "command: " + String.join(" ", command) + "\n  exit " + (timedOut ? "TIMED OUT" : exitCode)
          + " after " + took.toMillis() + " ms; stdout: " + stdoutLog + "; stderr: " + stderrLog
          + "\n  stderr tail:\n" + indent(tail(stderr, 25));
    }
  }

  /**
   * Runs a command to completion (stdin closed), bounded by {@code timeout}. Stdout and stderr are
   * captured, written to {@code <logDir>/<name>.stdout.log|.stderr.log}, and – when {@code echo} is
   * not null – each line is also handed to {@code echo} as it arrives.
   */
  static Result run(String name, List<String> command, Path cwd, Map<String, String> env, Duration timeout,
      Path logDir, Consumer<String> echo) {
    Path outLog = logDir.resolve(name + ".stdout.log");
    Path errLog = logDir.resolve(name + ".stderr.log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().putAll(env);
    System.out.println("[interop] run (" + name + ", timeout " + timeout.toSeconds() + "s, cwd " + cwd + "): "
        + String.join(" ", command));
    long t0 = System.nanoTime();
    Process p = start(pb);
    try {
      p.getOutputStream().close();
    } catch (IOException ignored) {
      // nothing to close
    }
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Thread to = pump(p.getInputStream(), outLog, out, echo, name + "-stdout");
    Thread te = pump(p.getErrorStream(), errLog, err, echo == null ? null : l -> echo.accept("(stderr) " + l),
        name + "-stderr");
    // Wait, bounded; remember every descendant seen on the way: once the process has exited its
    // children are re-parented and p.descendants() no longer finds them.
    Map<Long, ProcessHandle> seen = new java.util.LinkedHashMap<>();
    long deadline = t0 + timeout.toNanos();
    boolean done = false;
    try {
      while (!done && System.nanoTime() < deadline) {
        p.descendants().forEach(h -> seen.putIfAbsent(h.pid(), h));
        done = p.waitFor(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!done) {
      System.out.println("[interop] " + name + " did not finish within " + timeout.toSeconds() + "s: killing it");
    }
    kill(p, GRACE);
    for (ProcessHandle h : seen.values()) {
      if (h.isAlive()) {
        System.out.println("[interop] WARNING: " + name + " left child process " + h.pid() + " ("
            + h.info().commandLine().orElse("?") + ") running after it ended; killing it");
        h.destroy();
        try {
          h.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
          h.destroyForcibly();
        }
      }
    }
    // a grandchild that kept the pipe open cannot block us: bounded join
    join(to, Duration.ofSeconds(5));
    join(te, Duration.ofSeconds(5));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    int code = done ? p.exitValue() : -1;
    String stdout;
    String stderr;
    synchronized (out) {
      stdout = out.toString();
    }
    synchronized (err) {
      stderr = err.toString();
    }
    System.out.println("[interop] " + name + " finished: exit " + (done ? code : "TIMEOUT") + " in " + took.toMillis()
        + " ms");
    return new Result(List.copyOf(command), code, !done, stdout, stderr, took, outLog, errLog);
  }

  /** Copies a stream line by line to a log file and a buffer (and optionally a consumer), on a daemon thread. */
  static Thread pump(InputStream in, Path log, StringBuilder sink, Consumer<String> echo, String threadName) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          w.write(line);
          w.write('\n');
          w.flush();
          if (sink != null) {
            synchronized (sink) {
              sink.append(line).append('\n');
            }
          }
          if (echo != null) {
            echo.accept(line);
          }
        }
      } catch (IOException e) {
        // stream closed because the process was killed: fine
      }
    }, threadName);
    t.setDaemon(true);
    t.start();
    return t;
  }

  static void join(Thread t, Duration max) {
    try {
      t.join(max.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String tail(String text, int lines) {
    String[] all = text.split("\n", -1);
    int from = Math.max(0, all.length - lines);
    return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length)).strip();
  }

  static String tail(Path file, int lines) {
    try {
      return Files.exists(file) ? tail(Files.readString(file, StandardCharsets.UTF_8), lines) : "(no " + file + ")";
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  static String indent(String s) {
    return s.isEmpty() ? "    (empty)" : "    " + s.replace("\n", "\n    ");
  }
}
