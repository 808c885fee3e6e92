package dev.mcpforge.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.McpJson;

/** A constrained record publishes the matching schema, and a bad call names every bad field at once. */
class ToolSchemaGoldenTest {

	record Address(@NotBlank String street, @NotNull @Pattern(regexp = "[0-9]{5}") String zip) {
	}

	record Signup(@Description("Login name") @NotBlank @Size(min = 3, max = 20) String username,
			@Description("Contact address") @NotNull @Email String email, @Description("Age in years") @Min(18) int age,
			@NotNull @Valid Address address) {
	}

	private final ObjectMapper json = McpJson.newMapper();

	@Test
	void signupToolPublishesTheGoldenSchemaAndReportsEveryBadField() throws Exception {
		McpServer server = McpServer.builder()
			.name("golden")
			.tool("signup", "Creates an account", Signup.class, (args, ctx) -> "welcome " + args.username())
			.build();
		McpSyncClient client = McpClient.sync(server.connectInMemory()).build();
		try {
			client.initialize();
			Map<String, Object> published = client.listTools().tools().get(0).inputSchema();
			Path golden = Path.of("src/test/resources/golden/signup-tool.input.json");
			assertThat((Object) json.valueToTree(published)).isEqualTo(json.readTree(Files.readString(golden)));

			McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("signup")
				.arguments(Map.of("username", "", "email", "not-an-email", "age", 7, "address",
						Map.of("street", " ", "zip", "12")))
				.build());
			assertThat(result.isError()).isTrue();
			assertThat(result.content()).hasSize(1);
			String text = ((McpSchema.TextContent) result.content().get(0)).text();
			assertThat(text).isEqualTo("""
					Tool 'signup': Invalid arguments (6 problems):
					- address.street: must not be blank
					- address.zip: must match "[0-9]{5}"
					- age: must be greater than or equal to 18
					- email: must be a well-formed email address
					- username: must not be blank
					- username: size must be between 3 and 20""");
			assertThat(result.structuredContent()).isNull();
			assertThat((List<?>) result.meta().get("dev.mcpforge/violations")).hasSize(6);
		}
		finally {
			client.closeGracefully();
			server.close();
		}
	}

}
