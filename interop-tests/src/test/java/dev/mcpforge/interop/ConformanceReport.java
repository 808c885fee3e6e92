package dev.mcpforge.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one run of {@code conformance server} printed and saved.
 *
 * <p>stdout ends with
 * <pre>
 * === SUMMARY ===
 * ✓ server-initialize: 1 passed, 0 failed
 * ✗ dns-rebinding-protection: 1 passed, 1 failed
 * ...
 * Total: 40 passed, 0 failed
 * </pre>
 * and with {@code -o DIR} every scenario leaves {@code DIR/server-<scenario>-<ISO timestamp>/checks.json}
 * (an array of {@code {id,name,status,errorMessage?,...}}; status SUCCESS|FAILURE|WARNING|INFO).
 */
final class ConformanceReport {

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");
  private static final Pattern SCENARIO_LINE =
      Pattern.compile("^([\u2713\u2717])\\s+(\\S+):\\s+(\\d+) passed, (\\d+) failed.*$");
  private static final Pattern TOTAL_LINE = Pattern.compile("^Total:\\s+(\\d+) passed, (\\d+) failed.*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One summary line. */
  record Scenario(String name, boolean ok, int passed, int failed) {}

  final boolean hasSummary;
  final Map<String, Scenario> scenarios; // in run order
  final int totalPassed;
  final int totalFailed;

  private ConformanceReport(boolean hasSummary, Map<String, Scenario> scenarios, int totalPassed, int totalFailed) {
    this.hasSummary = hasSummary;
    this.scenarios = scenarios;
    this.totalPassed = totalPassed;
    this.totalFailed = totalFailed;
  }

  static ConformanceReport parse(String stdout) {
    boolean inSummary = false;
    boolean seenSummary = false;
    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    int passed = -1;
    int failed = -1;
    for (String raw : stdout.split("\n")) {
      String line = ANSI.matcher(raw).replaceAll("").strip();
      if (line.equals("=== SUMMARY ===")) {
        inSummary = true;
        seenSummary = true;
        scenarios.clear();
        continue;
      }
      if (!inSummary) {
        continue;
      }
      Matcher m = SCENARIO_LINE.matcher(line);
      if (m.matches()) {
        int f = Integer.parseInt(m.group(4));
        scenarios.put(m.group(2), new Scenario(m.group(2), m.group(1).equals("\u2713") && f == 0,
            Integer.parseInt(m.group(3)), f));
        continue;
      }
      Matcher t = TOTAL_LINE.matcher(line);
      if (t.matches()) {
        passed = Integer.parseInt(t.group(1));
        failed = Integer.parseInt(t.group(2));
      }
    }
    return new ConformanceReport(seenSummary && passed >= 0, scenarios, passed, failed);
  }

  List<String> failedScenarios() {
    return scenarios.values().stream().filter(s -> !s.ok()).map(Scenario::name).toList();
  }

  /**
   * The FAILURE checks of {@code scenario} as "CheckName: first line of errorMessage", read from the
   * newest {@code server-<scenario>-<timestamp>/checks.json} under {@code outputDir}.
   */
  static List<String> failureLines(Path outputDir, String scenario) {
    Optional<Path> checks = checksFile(outputDir, scenario);
    if (checks.isEmpty()) {
      return List.of("(no checks.json for " + scenario + " under " + outputDir + ")");
    }
    List<String> lines = new ArrayList<>();
    try {
      JsonNode arr = JSON.readTree(checks.get().toFile());
      for (JsonNode c : arr) {
        if ("FAILURE".equals(c.path("status").asText())) {
          String msg = c.path("errorMessage").asText(c.path("description").asText(""));
          String first = msg.strip().lines().findFirst().orElse("");
          if (first.length() > 300) {
            first = first.substring(0, 300) + "...";
          }
          lines.add(c.path("name").asText(c.path("id").asText("?")) + ": " + first);
        }
      }
    } catch (IOException e) {
      lines.add("(cannot read " + checks.get() + ": " + e + ")");
    }
    if (lines.isEmpty()) {
      lines.add("(no FAILURE check in " + checks.get() + ")");
    }
    return lines;
  }

  static Optional<Path> checksFile(Path outputDir, String scenario) {
    Pattern dir = Pattern.compile("^server-" + Pattern.quote(scenario) + "-\\d{4}-\\d{2}-\\d{2}T.*$");
    if (!Files.isDirectory(outputDir)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(outputDir)) {
      return s.filter(p -> dir.matcher(p.getFileName().toString()).matches())
          .map(p -> p.resolve("checks.json"))
          .filter(Files::isRegularFile)
          .max(Comparator.comparing(p -> p.getParent().getFileName().toString()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
