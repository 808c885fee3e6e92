package dev.mcpforge.testing;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.ListPromptsResult;
import io.modelcontextprotocol.spec.McpSchema.ListResourceTemplatesResult;
import io.modelcontextprotocol.spec.McpSchema.ListResourcesResult;
import io.modelcontextprotocol.spec.McpSchema.ListToolsResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;

/**
 * Entry point of mcpforge's AssertJ assertions. Import statically next to AssertJ's own:
 * the overloads do not clash.
 *
 * <pre>{@code
 * import static dev.mcpforge.testing.McpAssertions.assertThat;
 * import static dev.mcpforge.testing.McpAssertions.assertThatProtocolError;
 *
 * assertThat(client.callTool("add", Map.of("a", 2, "b", 40))).isSuccess().hasText("42");
 * assertThat(client.callTool("signup", Map.of("email", "nope"))).isToolError().hasViolation("email");
 * assertThat(client.listTools()).tool("add").hasRequiredArguments("a", "b").isReadOnly();
 * assertThatProtocolError(() -> client.getPrompt("missing")).isInvalidParams();
 * assertThat(client.notifications()).hasLog(LoggingLevel.INFO, "started").hasProgress(1, 2, 3);
 * }</pre>
 */
public final class McpAssertions {

	private McpAssertions() {
	}

	public static CallToolResultAssert assertThat(CallToolResult actual) {
		return new CallToolResultAssert(actual);
	}

	public static ToolListAssert assertThat(ListToolsResult actual) {
		return new ToolListAssert(actual);
	}

	public static ToolAssert assertThat(Tool actual) {
		return new ToolAssert(actual);
	}

	public static ReadResourceResultAssert assertThat(ReadResourceResult actual) {
		return new ReadResourceResultAssert(actual);
	}

	public static ResourceListAssert assertThat(ListResourcesResult actual) {
		return new ResourceListAssert(actual);
	}

	public static ResourceTemplateListAssert assertThat(ListResourceTemplatesResult actual) {
		return new ResourceTemplateListAssert(actual);
	}

	public static PromptResultAssert assertThat(GetPromptResult actual) {
		return new PromptResultAssert(actual);
	}

	public static PromptListAssert assertThat(ListPromptsResult actual) {
		return new PromptListAssert(actual);
	}

	public static CompletionAssert assertThat(CompleteResult actual) {
		return new CompletionAssert(actual);
	}

	public static NotificationsAssert assertThat(ReceivedNotifications actual) {
		return new NotificationsAssert(actual);
	}

	public static ProtocolErrorAssert assertThat(McpError actual) {
		return new ProtocolErrorAssert(actual);
	}

	/**
	 * Runs {@code call} and asserts it failed with a JSON-RPC error ({@link McpError}, also when
	 * wrapped in another exception).
	 *
	 * <pre>{@code
	 * assertThatProtocolError(() -> client.readResource("test://nope")).hasCode(-32002);
	 * }</pre>
	 * @throws AssertionError if the call returned normally or threw something else
	 */
	public static ProtocolErrorAssert assertThatProtocolError(ThrowingCallable call) {
		Throwable thrown;
		try {
			call.call();
			thrown = null;
		}
		catch (Throwable t) {
			thrown = t;
		}
		if (thrown == null) {
			throw new AssertionError(String.format("%nExpecting a protocol error (McpError) but the call returned normally"));
		}
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof McpError error) {
				return new ProtocolErrorAssert(error);
			}
		}
		AssertionError error = new AssertionError(
				String.format("%nExpecting a protocol error (McpError) but the call threw:%n  %s", thrown));
		error.initCause(thrown);
		throw error;
	}

}
