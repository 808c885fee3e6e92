package dev.mcpforge.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.client.McpClient;

/**
 * mcpforge's client against {@code @modelcontextprotocol/server-everything} (the TypeScript reference
 * server) over stdio and streamable HTTP: list, call, read a resource, get a prompt.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServerEverythingIT {

  private static Path everything() {
    return InteropEnv.nodeModules().resolve("@modelcontextprotocol/server-everything/dist/index.js");
  }

  @Test
  void overStdio() {
    try (McpClient client = McpClient.builder()
        .stdio(InteropEnv.systemNode(), everything().toString(), "stdio")
        .requestTimeout(Duration.ofSeconds(30))
        .build()) {
      exercise(client);
    }
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
  }

  @Test
  void overStreamableHttp() throws Exception {
    int port = Procs.freePort();
    Path preload = InteropEnv.moduleDir().resolve("src/test/node/bind-loopback.mjs");
    ProcessBuilder pb = new ProcessBuilder(InteropEnv.systemNode(), "--import=" + preload.toUri(),
        everything().toString(), "streamableHttp")
        .redirectErrorStream(true)
        .redirectOutput(InteropEnv.logDir("server-everything").resolve("http.log").toFile());
    pb.environment().put("PORT", String.valueOf(port));
    Process server = Procs.start(pb);
    try {
      awaitPort(port, server);
      try (McpClient client = McpClient.builder().http("http://127.0.0.1:" + port + "/mcp").build()) {
        exercise(client);
      }
    }
    finally {
      Procs.kill(server, Procs.GRACE);
    }
  }

  private static void exercise(McpClient client) {
    assertThat(client.serverInfo().name()).contains("everything");
    assertThat(client.tools()).extracting(McpSchema.Tool::name).contains("echo", "get-sum");
    assertThat(client.call("echo", Map.of("message", "hello from mcpforge"), String.class))
      .contains("hello from mcpforge");
    assertThat(client.call("get-sum", Map.of("a", 2, "b", 3), String.class)).contains("5");

    McpSchema.Resource first = client.sdk().listResources().resources().get(0);
    assertThat(client.read(first.uri()).contents()).isNotEmpty();

    McpSchema.GetPromptResult prompt = client.prompt("simple-prompt", Map.of());
    assertThat(prompt.messages()).isNotEmpty();
  }

  private static void awaitPort(int port, Process server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      assertThat(server.isAlive()).as("server-everything exited early").isTrue();
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      }
      catch (java.io.IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("server-everything did not listen on 127.0.0.1:" + port + " within 30 s");
  }

}
