package dev.mcpforge.testing;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.server.McpContext;
import dev.mcpforge.server.McpServer;

class McpTestClientTest {

	record Person(String name, String email) {
	}

	record Greeting(String name) {
	}

	private final McpServer server = McpServer.builder()
		.name("client-test")
		.version("2.0.0")
		.tool("greet", "Greets someone", Greeting.class, (args, ctx) -> "Hello " + args.name())
		.tool("ask", "Asks the model twice", ctx -> ctx.sample("first?", 10) + " / " + ctx.sample("second?", 10))
		.tool("confirm", "Asks the user", ctx -> {
			McpSchema.ElicitResult answer = ctx.elicit("Really?", Map.of("type", "object", "properties",
					Map.of("sure", Map.of("type", "boolean", "default", true))));
			return answer.action() + " " + answer.content();
		})
		.tool("whoami", "Asks the user who they are", ctx -> {
			McpContext.Elicitation<Person> person = ctx.elicit("Who are you?", Person.class);
			return person.accepted() ? person.value().orElseThrow().name() : "nobody (" + person.action() + ")";
		})
		.tool("progress", "Reports progress", ctx -> {
			ctx.progress(1, null, null);
			return "done";
		})
		.tool("slow", "Takes a second", ctx -> {
			Thread.sleep(1000);
			return "late";
		})
		.build();

	@AfterEach
	void close() {
		server.close();
	}

	@Test
	void handshakeAndArgumentsAsMapOrRecord() {
		try (McpTestClient client = McpTestClient.connect(server)) {
			assertThat(client.serverInfo().name()).isEqualTo("client-test");
			assertThat(client.serverInfo().version()).isEqualTo("2.0.0");
			assertThat(client.serverCapabilities().tools()).isNotNull();
			assertThat(client.callTool("greet", Map.of("name", "Ann"))).hasText("Hello Ann");
			assertThat(client.callTool("greet", new Greeting("Bob"))).hasText("Hello Bob");
			client.ping();
		}
	}

	@Test
	void samplingRepliesInOrderAndRecordsPrompts() {
		SamplingResponder llm = Responders.sampling().replies("one", "two");
		try (McpTestClient client = McpTestClient.builder(server).sampling(llm).build()) {
			assertThat(client.callTool("ask")).hasText("one / two");
			assertThat(llm.prompts()).containsExactly("first?", "second?");
			assertThat(llm.requests()).extracting(McpSchema.CreateMessageRequest::maxTokens).containsOnly(10);
			client.sampling().replyWith(prompt -> prompt.toUpperCase());
			assertThat(client.callTool("ask")).hasText("FIRST? / SECOND?");
		}
	}

	@Test
	void unscriptedSamplingFailsTheCallWithWhatToScript() {
		try (McpTestClient client = McpTestClient.connect(server)) {
			assertThatThrownBy(() -> client.callTool("ask")).isInstanceOf(IllegalStateException.class)
				.hasMessage("The server sent a sampling request (prompt \"first?\") but no reply is scripted: script one,"
						+ " e.g. client.sampling().reply(\"...\") or .replyWith(prompt -> ...), or .reject(reason) to refuse it");
		}
	}

	@Test
	void rejectedSamplingIsAnErrorForTheTool() {
		try (McpTestClient client = McpTestClient.builder(server)
			.sampling(Responders.sampling().reject("user said no"))
			.build()) {
			assertThat(client.callTool("ask")).isToolError().textContains("internal error");
		}
	}

	@Test
	void clientWithoutSamplingIsToldSoByTheServer() {
		try (McpTestClient client = McpTestClient.builder(server).withoutSampling().build()) {
			assertThat(client.callTool("ask")).isToolError()
				.hasText("The client does not support sampling (it declared no 'sampling' capability)");
			assertThatThrownBy(client::sampling).isInstanceOf(IllegalStateException.class)
				.hasMessage("This client declares no sampling capability (it was built with withoutSampling());"
						+ " build it without that call to script sampling");
		}
	}

	@Test
	void elicitationAcceptDeclineCancelAndDefaults() {
		try (McpTestClient client = McpTestClient.connect(server)) {
			client.elicitation().acceptDefaults();
			assertThat(client.callTool("confirm")).hasText("ACCEPT {sure=true}");
			client.elicitation().decline();
			assertThat(client.callTool("confirm")).hasText("DECLINE null");
			client.elicitation().cancel();
			assertThat(client.callTool("confirm")).hasText("CANCEL null");
			client.elicitation().accept(Map.of("name", "Ann", "email", "ann@example.com"));
			assertThat(client.callTool("whoami")).hasText("Ann");
			client.elicitation().decline();
			assertThat(client.callTool("whoami")).hasText("nobody (DECLINE)");
			assertThat(client.elicitation().messages()).containsExactly("Really?", "Really?", "Really?", "Who are you?",
					"Who are you?");
			assertThat(client.elicitation().requests().get(3).requestedSchema()).containsKey("properties");
		}
	}

	@Test
	void unscriptedElicitationFailsTheCallWithWhatToScript() {
		try (McpTestClient client = McpTestClient.connect(server)) {
			assertThatThrownBy(() -> client.callTool("confirm")).isInstanceOf(IllegalStateException.class)
				.hasMessageStartingWith("The server sent an elicitation request (\"Really?\") but no answer is scripted");
		}
	}

	@Test
	void progressTokensAreSentByDefaultAndCanBeTurnedOff() {
		try (McpTestClient client = McpTestClient.connect(server)) {
			client.callTool("progress");
			client.callTool("progress");
			assertThat(client.notifications().progress()).extracting(McpSchema.ProgressNotification::progressToken)
				.containsExactly("progress-1", "progress-2");
		}
		try (McpTestClient client = McpTestClient.builder(server).progressTokens(false).build()) {
			client.callTool("progress");
			assertThat(client.notifications().progress()).isEmpty();
		}
	}

	@Test
	void loggingLevelIsRequestedAsConfigured() {
		try (McpTestClient client = McpTestClient.builder(server).loggingLevel(null).clientInfo("probe", "0.1").build()) {
			assertThat(client.sdkClient().getClientInfo().name()).isEqualTo("probe");
		}
	}

	@Test
	void requestTimeoutEndsASlowCall() {
		try (McpTestClient client = McpTestClient.builder(server).requestTimeout(Duration.ofMillis(200)).build()) {
			assertThatThrownBy(() -> client.callTool("slow")).hasRootCauseInstanceOf(java.util.concurrent.TimeoutException.class);
		}
	}

	@Test
	void rootsAreDeclaredAndListed() {
		RootsResponder roots = Responders.roots().root("file:///work", "work");
		try (McpTestClient client = McpTestClient.builder(server).roots(roots).build()) {
			assertThat(client.sdkClient().getClientCapabilities().roots()).isNotNull();
			client.roots().root("file:///tmp", "tmp").remove("file:///work");
			assertThat(client.roots().roots()).extracting(McpSchema.Root::uri).containsExactly("file:///tmp");
		}
	}

	@Test
	void builderChecksItsArguments() {
		assertThatThrownBy(() -> McpTestClient.builder(server).requestTimeout(Duration.ZERO))
			.hasMessage("requestTimeout must be positive, but was PT0S");
		assertThatThrownBy(() -> McpTestClient.builder(server).clientInfo(" ", "1"))
			.hasMessage("name must not be blank");
		try (McpTestClient client = McpTestClient.connect(server)) {
			assertThatThrownBy(() -> client.callTool("greet", List.of("not", "an", "object")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("tool arguments must be a JSON object (a record, bean or map), but");
		}
	}

}
