package dev.mcpforge.testing;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;

import dev.mcpforge.core.McpException;
import dev.mcpforge.server.McpContext;
import dev.mcpforge.server.ToolHandler;

class MockMcpContextTest {

	record Contact(String name, @Email String email) {
	}

	record Job(int steps) {
	}

	/** A handler that works until cancelled, reporting progress. */
	static final ToolHandler<Job, String> LONG_JOB = (job, ctx) -> {
		for (int step = 1; step <= job.steps(); step++) {
			if (ctx.isCancelled()) {
				return "stopped after " + (step - 1);
			}
			ctx.progress(step, (double) job.steps(), "step " + step);
		}
		return "done";
	};

	@Test
	void recordsLogsAndProgress() throws Exception {
		var ctx = new MockMcpContext();
		ctx.debug("d");
		ctx.error("e");
		assertThat(LONG_JOB.handle(new Job(3), ctx)).isEqualTo("done");
		assertThat(ctx.logs()).extracting(McpSchema.LoggingMessageNotification::level)
			.containsExactly(LoggingLevel.DEBUG, LoggingLevel.ERROR);
		assertThat(ctx.notifications()).hasLogMessages("d", "e").hasProgress(1, 2, 3).hasMonotonicProgress();
		assertThat(ctx.progress()).extracting(McpSchema.ProgressNotification::message)
			.containsExactly("step 1", "step 2", "step 3");
	}

	@Test
	void withoutAProgressTokenProgressIsDropped() throws Exception {
		var ctx = new MockMcpContext().withoutProgressToken();
		LONG_JOB.handle(new Job(2), ctx);
		assertThat(ctx.progress()).isEmpty();
	}

	@Test
	void cancellation() throws Exception {
		var ctx = new MockMcpContext().cancel();
		assertThat(LONG_JOB.handle(new Job(3), ctx)).isEqualTo("stopped after 0");
		assertThatThrownBy(ctx::throwIfCancelled).isInstanceOf(McpException.class)
			.hasMessage("Request cancelled: cancelled by the test");
	}

	@Test
	void samplingFromAScript() {
		var ctx = new MockMcpContext().onSample("42");
		assertThat(ctx.sample("meaning of life?", 5)).isEqualTo("42");
		assertThat(ctx.samplingResponder().prompts()).containsExactly("meaning of life?");

		var unscripted = new MockMcpContext();
		assertThatThrownBy(() -> unscripted.sample("q", 5)).hasMessageStartingWith(
				"The server sent a sampling request (prompt \"q\") but no reply is scripted");
		var noSampling = new MockMcpContext().withoutSampling();
		assertThatThrownBy(() -> noSampling.sample("q", 5)).isInstanceOf(McpException.class)
			.hasMessage("The client does not support sampling (it declared no 'sampling' capability)");
		assertThat(noSampling.clientCapabilities().orElseThrow().sampling()).isNull();
	}

	@Test
	void typedElicitationIsBoundAndValidated() {
		var ctx = new MockMcpContext().onElicit(Responders.elicitation().accept(Map.of("name", "Ann", "email", "ann@example.com")));
		McpContext.Elicitation<Contact> contact = ctx.elicit("Who?", Contact.class);
		assertThat(contact.accepted()).isTrue();
		assertThat(contact.value()).contains(new Contact("Ann", "ann@example.com"));
		assertThat(ctx.elicitationResponder().requests().get(0).requestedSchema())
			.containsOnlyKeys("type", "properties");

		var declined = new MockMcpContext().onElicit(Responders.elicitation().decline());
		assertThat(declined.elicit("Who?", Contact.class).value()).isEmpty();

		var invalid = new MockMcpContext().onElicit(request -> new McpSchema.ElicitResult(
				McpSchema.ElicitResult.Action.ACCEPT, Map.of("name", "Ann", "email", "nope")));
		assertThatThrownBy(() -> invalid.elicit("Who?", Contact.class)).hasMessageContaining("email");
	}

	@Test
	void whoAndHow() {
		var ctx = new MockMcpContext().principal("alice")
			.header("Authorization", "Bearer t0k")
			.header("X-Tenant", "acme", "other")
			.attribute("region", "eu")
			.transport("http")
			.sessionId("s-1")
			.clientInfo("inspector", "1.0");
		assertThat(ctx.principal()).hasValueSatisfying(p -> assertThat(p.getName()).isEqualTo("alice"));
		assertThat(ctx.header("authorization")).contains("Bearer t0k");
		assertThat(ctx.headers()).containsEntry("x-tenant", List.of("acme", "other"));
		assertThat(ctx.attribute("region")).contains("eu");
		assertThat(ctx.transport()).isEqualTo("http");
		assertThat(ctx.sessionId()).isEqualTo("s-1");
		assertThat(ctx.clientInfo().orElseThrow().name()).isEqualTo("inspector");
		assertThat(new MockMcpContext().principal()).isEmpty();
	}

}
