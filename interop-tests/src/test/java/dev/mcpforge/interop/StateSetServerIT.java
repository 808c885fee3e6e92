package dev.mcpforge.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The flagship as the README starts it ({@code java -jar stateset-server.jar --http --port N}, no API key, so on its
 * sandbox), and over stdio, driven by the official TypeScript SDK client: all 220 tools are listed, an order is read
 * through a tool and through its resource template, and the four prompts are listed and the first renders.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StateSetServerIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

  @Test
  void streamableHttpOnTheSandbox() throws Exception {
    Path jar = InteropEnv.requireJar("interop.statesetServerJar", "examples/stateset-server");
    try (HttpServerProcess server = HttpServerProcess.start("stateset-server", jar, InteropEnv.logDir("stateset"))) {
      List<String> cmd = clientCommand();
      cmd.addAll(List.of("--http", server.mcpUrl()));
      assertStateSetWorks(runClient("stateset-http", cmd));
      String stderr = Files.readString(server.stderrLog);
      assertThat(stderr).as("the server says it runs on the sandbox").contains("STATESET_API_KEY is not set")
          .contains("sandbox at http://127.0.0.1:");
      assertThat(Files.readString(server.stdoutLog)).as("nothing on stdout over HTTP").isEmpty();

      HttpResponse<String> metrics = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.mcpUrl().replaceFirst("/mcp$", "/metrics"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).as("MCP request and upstream call metrics")
          .contains("mcp_server_requests_seconds_count{method=\"tools/call\"")
          .contains("mcpforge_upstream_requests_seconds_count");
    }
  }

  @Test
  void stdioOnTheSandbox() throws Exception {
    Path jar = InteropEnv.requireJar("interop.statesetServerJar", "examples/stateset-server");
    List<String> cmd = clientCommand();
    cmd.addAll(List.of("--stdio", "--", InteropEnv.javaBin(), "-jar", jar.toString()));
    assertStateSetWorks(runClient("stateset-stdio", cmd));
  }

  private static List<String> clientCommand() {
    return new ArrayList<>(List.of(InteropEnv.systemNode(), InteropEnv.tsClientScript().toString(),
        "--call", "stateset_get_order", "--args", "{\"order_id\":\"ORD-2\"}",
        "--read", "stateset-order:///ORD-3", "--get-first-prompt", "--timeout", "30000"));
  }

  private static JsonNode runClient(String name, List<String> cmd) throws Exception {
    Procs.Result r = Procs.run(name, cmd, InteropEnv.moduleDir(), Map.of(), RUN_TIMEOUT, InteropEnv.logDir("stateset"),
        line -> System.out.println("[" + name + "] " + line));
    List<String> lines = r.stdout().lines().filter(l -> !l.isBlank()).toList();
    if (r.timedOut() || lines.size() != 1) {
      fail(name + ": expected one JSON document on stdout, got " + lines.size() + " line(s)\n  " + r.describe()
          + "\n  stdout:\n" + Procs.indent(Procs.tail(r.stdout(), 20)));
    }
    JsonNode out = JSON.readTree(lines.get(0));
    if (r.exitCode() != 0 || !out.path("ok").asBoolean(false)) {
      fail(name + ": TS client failed at step '" + out.path("step").asText() + "': " + out.path("error").asText()
          + "\n  " + r.describe());
    }
    return out;
  }

  private static void assertStateSetWorks(JsonNode out) {
    List<String> tools = new ArrayList<>();
    out.path("tools").forEach(t -> tools.add(t.asText()));
    assertThat(tools).hasSize(220).contains("stateset_get_order", "stateset_create_rma", "stateset_csv_import");

    JsonNode call = out.path("toolCall").path("result");
    assertThat(call.path("isError").asBoolean(false)).as("stateset_get_order: %s", call).isFalse();
    assertThat(call.path("structuredContent").path("id").asText()).isEqualTo("ORD-2");
    assertThat(call.path("structuredContent").path("status").asText()).isEqualTo("confirmed");

    assertThat(out.path("resourceTemplates").toString()).contains("stateset-order:///{orderId}");
    JsonNode contents = out.path("resourceRead").path("result").path("contents");
    assertThat(contents.get(0).path("mimeType").asText()).isEqualTo("application/json");
    assertThat(contents.get(0).path("text").asText()).contains("\"ORD-3\"").contains("shipped");

    List<String> prompts = new ArrayList<>();
    out.path("prompts").forEach(p -> prompts.add(p.path("name").asText()));
    assertThat(prompts).containsExactlyInAnyOrder("stateset-server-prompt", "process-return", "fulfil-order",
        "low-stock-review");
    JsonNode messages = out.path("promptGet").path("result").path("messages");
    assertThat(messages.size()).as("prompts/get of %s", out.path("promptGet").path("name")).isPositive();
    assertThat(messages.get(0).path("content").path("text").asText()).contains("stateset_");
  }
}
