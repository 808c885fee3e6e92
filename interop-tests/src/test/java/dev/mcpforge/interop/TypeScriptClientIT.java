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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The official TypeScript SDK client ({@code src/test/node/tsclient.mjs}) against
 * {@code examples/hello-server}, over stdio ({@code java -jar hello-server.jar}) and over
 * streamable HTTP: {@code echo} is listed, {@code echo {"message":"hi from ts"}} answers with that
 * text, the first resource can be read and the first prompt fetched.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TypeScriptClientIT {

  static final String MESSAGE = "hi from ts";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

  @Test
  void stdio() throws Exception {
    Path jar = InteropEnv.requireJar("interop.helloServerJar", "examples/hello-server");
    List<String> cmd = clientCommand();
    cmd.addAll(List.of("--stdio", "--", InteropEnv.javaBin(), "-jar", jar.toString()));
    JsonNode out = runClient("tsclient-stdio", cmd);
    assertHelloWorks(out, "stdio");
  }

  @Test
  void streamableHttp() throws Exception {
    Path jar = InteropEnv.requireJar("interop.helloServerJar", "examples/hello-server");
    Path logDir = InteropEnv.logDir("tsclient");
    try (HttpServerProcess server = HttpServerProcess.start("hello-server", jar, logDir)) {
      List<String> cmd = clientCommand();
      cmd.addAll(List.of("--http", server.mcpUrl()));
      JsonNode out = runClient("tsclient-http", cmd);
      assertHelloWorks(out, "streamable-http");
      assertThat(server.isAlive()).as("hello-server still running after the client session").isTrue();
    }
  }

  private static List<String> clientCommand() {
    return new ArrayList<>(List.of(InteropEnv.systemNode(), InteropEnv.tsClientScript().toString(),
        "--call", "echo", "--args", "{\"message\":\"" + MESSAGE + "\"}",
        "--read-first-resource", "--get-first-prompt", "--timeout", "20000"));
  }

  private static JsonNode runClient(String name, List<String> cmd) throws Exception {
    Path logDir = InteropEnv.logDir("tsclient");
    Procs.Result r = Procs.run(name, cmd, InteropEnv.moduleDir(), Map.of(), RUN_TIMEOUT, logDir,
        line -> System.out.println("[" + name + "] " + line));
    List<String> lines = r.stdout().lines().filter(l -> !l.isBlank()).toList();
    if (r.timedOut() || lines.size() != 1) {
      fail(name + ": expected exactly one JSON document on stdout, got " + lines.size() + " line(s)\n  "
          + r.describe() + "\n  stdout:\n" + Procs.indent(Procs.tail(r.stdout(), 20)));
    }
    JsonNode out = JSON.readTree(lines.get(0));
    if (r.exitCode() != 0 || !out.path("ok").asBoolean(false)) {
      fail(name + ": TS client failed at step '" + out.path("step").asText() + "': " + out.path("error").asText()
          + "\n  " + r.describe() + "\n  output: " + lines.get(0));
    }
    return out;
  }

  private static void assertHelloWorks(JsonNode out, String transport) {
    String doc = out.toString();
    assertThat(out.path("transport").asText()).isEqualTo(transport);
    assertThat(out.path("protocolVersion").asText()).as("negotiated protocol version in %s", doc).isNotBlank();

    List<String> tools = new ArrayList<>();
    out.path("tools").forEach(t -> tools.add(t.asText()));
    assertThat(tools).as("tools/list over %s", transport).contains("echo");

    JsonNode result = out.path("toolCall").path("result");
    assertThat(result.path("isError").asBoolean(false)).as("echo isError in %s", doc).isFalse();
    List<String> texts = new ArrayList<>();
    result.path("content").forEach(c -> {
      if ("text".equals(c.path("type").asText())) {
        texts.add(c.path("text").asText());
      }
    });
    assertThat(texts).as("text content of echo over %s: %s", transport, result)
        .anySatisfy(t -> assertThat(t).contains(MESSAGE));

    JsonNode read = out.path("resourceRead");
    assertThat(read.path("uri").asText()).as("first listed resource in %s", doc).isNotBlank();
    JsonNode contents = read.path("result").path("contents");
    assertThat(contents.isArray() && contents.size() > 0).as("resources/read contents in %s", read).isTrue();
    assertThat(contents.get(0).path("uri").asText()).as("contents[0].uri").isNotBlank();
    assertThat(contents.get(0).has("text") || contents.get(0).has("blob")).as("contents[0] has text or blob: %s",
        contents.get(0)).isTrue();

    JsonNode prompt = out.path("promptGet");
    assertThat(prompt.path("name").asText()).as("first listed prompt in %s", doc).isNotBlank();
    JsonNode messages = prompt.path("result").path("messages");
    assertThat(messages.isArray() && messages.size() > 0).as("prompts/get messages in %s", prompt).isTrue();
    messages.forEach(m -> assertThat(m.has("role") && m.has("content")).as("prompt message %s", m).isTrue());
  }
}
