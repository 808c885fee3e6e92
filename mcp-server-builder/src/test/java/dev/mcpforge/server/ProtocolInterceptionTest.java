package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.interceptor.Initialize;
import dev.mcpforge.core.interceptor.ListRequest;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;

/**
 * {@code initialize} and the lists pass through the interceptor chain on every transport, and the
 * chain hears when a session ends.
 */
class ProtocolInterceptionTest {

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private final List<String> opened = new CopyOnWriteArrayList<>();

	private final List<String> closed = new CopyOnWriteArrayList<>();

	private McpServer server;

	private HttpServerHandle http;

	@AfterEach
	void stop() {
		if (http != null) {
			http.close();
		}
		server.close();
	}

	/** Records every request (and initialize's client) and the sessions that end. */
	private final McpInterceptor recorder = new McpInterceptor() {
		@Override
		public McpResponse intercept(Chain chain) throws Exception {
			if (chain.request() instanceof Initialize init) {
				seen.add("initialize " + init.clientInfo().name() + " " + init.protocolVersion());
				McpResponse response = chain.proceed(init);
				opened.add(String.valueOf(init.context().sessionId()));
				return response;
			}
			seen.add(chain.request().method());
			return chain.proceed(chain.request());
		}

		@Override
		public void sessionClosed(String sessionId) {
			closed.add(sessionId);
		}
	};

	/** Hides tools tagged "internal" from tools/list. */
	private final McpInterceptor hideInternal = McpInterceptor.of("hide-internal", Phase.SECURITY, chain -> {
		if (chain.request() instanceof ListRequest list && list.kind() == ListRequest.Kind.TOOLS) {
			return McpResponse.of(chain.proceed(list)
				.items(ToolDefinition.class)
				.stream()
				.filter(tool -> !tool.tags().contains("internal"))
				.toList());
		}
		return chain.proceed(chain.request());
	});

	private McpServer server(McpInterceptor... interceptors) {
		server = McpServer.builder()
			.name("gated")
			.tool(ToolSpec.of("ping", ctx -> "pong").description("Pings").readOnly())
			.tool(ToolSpec.of("debug", ctx -> "state").description("Dumps state").readOnly().tags("internal"))
			.resource("config://app", "config", "The configuration", (req, ctx) -> "a=1")
			.resourceTemplate(ResourceTemplateSpec.of("users://{id}", "user", (req, ctx) -> "user " + req.variable("id").orElse("?"))
				.description("A user"))
			.prompt(PromptSpec.of("greet", (a, ctx) -> "hi").description("Greets"))
			.intercept(interceptors)
			.build();
		return server;
	}

	private McpClientTransport transport(String kind) {
		if (kind.equals("in-memory")) {
			return server.connectInMemory();
		}
		http = server.serveHttp(o -> o.port(0).stateless(kind.equals("http-stateless")));
		return HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.port()).build();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "in-memory", "http", "http-stateless" })
	void interceptorsSeeInitializeAndEveryListAndCanFilterTools(String kind) {
		server(recorder, hideInternal);
		McpSyncClient client = McpClient.sync(transport(kind))
			.clientInfo(new McpSchema.Implementation("probe", "1.0"))
			.build();
		client.initialize();
		assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("ping");
		assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri).containsExactly("config://app");
		assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
			.containsExactly("users://{id}");
		assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name).containsExactly("greet");
		client.closeGracefully();

		assertThat(seen).containsExactly("initialize probe " + io.modelcontextprotocol.spec.ProtocolVersions.MCP_2025_11_25, "tools/list",
				"resources/list", "resources/templates/list", "prompts/list");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "in-memory", "http" })
	void theChainHearsWhenASessionEnds(String kind) {
		server(recorder);
		McpSyncClient client = McpClient.sync(transport(kind)).build();
		client.initialize();
		assertThat(opened).hasSize(1).doesNotContainNull().doesNotContain("null");
		assertThat(closed).isEmpty();
		client.closeGracefully();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(closed).isEqualTo(opened));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "in-memory", "http", "http-stateless" })
	void anInterceptorCanRefuseASession(String kind) {
		server(recorder, McpInterceptor.of("closed-shop", Phase.SECURITY, chain -> {
			if (chain.request() instanceof Initialize) {
				throw new dev.mcpforge.core.McpException(-32000, "no new sessions");
			}
			return chain.proceed(chain.request());
		}));
		McpSyncClient client = McpClient.sync(transport(kind)).requestTimeout(Duration.ofSeconds(5)).build();
		assertThatThrownBy(client::initialize).satisfies(e -> {
			if (!kind.equals("http")) {
				assertThat(e).hasStackTraceContaining("no new sessions");
			}
		});
		client.close();
		assertThat(seen).as("refused in SECURITY, before the recorder").isEmpty();
		assertThat(opened).isEmpty();
	}

	@Test
	void overStdioToo() throws Exception {
		server(recorder, hideInternal);
		ObjectMapper json = new ObjectMapper();
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream fromServer = new PipedInputStream(1 << 16);
		ServerHandle stdio = server.serveStdio(new PipedInputStream(toServer, 1 << 16), new PipedOutputStream(fromServer));
		BufferedReader replies = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));
		send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
				+ "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"piped\",\"version\":\"1\"}}}");
		assertThat(json.readTree(replies.readLine()).at("/result/serverInfo/name").asText()).isEqualTo("gated");
		send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
		send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{\"cursor\":\"c1\"}}");
		JsonNode tools = json.readTree(replies.readLine()).at("/result/tools");
		assertThat(tools).hasSize(1);
		assertThat(tools.get(0).get("name").asText()).isEqualTo("ping");
		assertThat(seen).containsExactly("initialize piped 2025-06-18", "tools/list");
		toServer.close();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(closed).isEqualTo(opened));
		stdio.close();
	}

	@Test
	void withoutInterceptorsTheSdkAnswersAlone() {
		server();
		McpSyncClient client = McpClient.sync(server.connectInMemory()).build();
		client.initialize();
		assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder("ping", "debug");
		client.closeGracefully();
	}

	private static void send(OutputStream out, String line) throws Exception {
		out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

}
