package dev.mcpforge.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.fixtures.CreateUser;

class JsonSchemasTest {

	/** Set -Dmcpforge.golden.update=true to rewrite golden files after an intended change. */
	private static final boolean UPDATE = Boolean.getBoolean("mcpforge.golden.update");

	private final JsonSchemas schemas = JsonSchemas.create();

	private final ObjectMapper json = McpJson.newMapper();

	@Test
	void inputSchemaOfAConstrainedRecordMatchesTheGoldenFile() throws IOException {
		assertMatchesGolden(schemas.inputSchema(CreateUser.class), "create-user.input.json");
	}

	@Test
	void outputSchemaOfARecordMatchesTheGoldenFile() throws IOException {
		assertMatchesGolden(schemas.outputSchema(CreateUser.class), "create-user.output.json");
	}

	@Test
	void nestedRecordsAreInlinedWithoutReferences() {
		String text = schemas.inputSchema(CreateUser.class).toString();
		assertThat(text).doesNotContain("$ref").doesNotContain("$defs");
	}

	record Node(String name, List<Node> children) {
	}

	@Test
	void recursiveTypesKeepDefinitionsBecauseTheyCannotBeInlined() {
		Map<String, Object> schema = schemas.inputSchema(Node.class);
		assertThat(schema.toString()).contains("$ref");
	}

	@Test
	void schemasAreCachedPerType() {
		assertThat(schemas.inputSchema(CreateUser.class)).isSameAs(schemas.inputSchema(CreateUser.class));
	}

	@Test
	void scalarResultsHaveNoOutputSchemaAndListsAreWrapped() {
		assertThat(schemas.outputSchema(String.class)).isNull();
		assertThat(schemas.outputSchema(int.class)).isNull();
		Map<String, Object> wrapped = schemas.outputSchema(CreateUser.Address[].class);
		assertThat(wrapped).containsEntry("type", "object").containsEntry("required", List.of("result"));
		assertThat(wrapped.get("properties").toString()).contains("result", "array");
	}

	@Test
	void argumentsMustBeAnObject() {
		assertThatThrownBy(() -> schemas.inputSchema(String.class))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("must bind to a JSON object")
			.hasMessageContaining("java.lang.String");
	}

	static class Tools {

		void search(@Description("What to look for") @jakarta.validation.constraints.NotBlank String query,
				@jakarta.validation.constraints.Max(50) int limit, java.util.Optional<String> cursor) {
		}

	}

	@Test
	void methodParametersBecomeAnObjectSchemaWithTheirConstraints() throws Exception {
		var method = Tools.class.getDeclaredMethod("search", String.class, int.class, java.util.Optional.class);
		var parameters = method.getParameters();
		Map<String, Object> schema = schemas.objectSchema(List.of(
				new SchemaProperty("query", parameters[0].getParameterizedType(), parameters[0]),
				new SchemaProperty("limit", parameters[1].getParameterizedType(), parameters[1]),
				new SchemaProperty("cursor", parameters[2].getParameterizedType(), parameters[2])));
		JsonNode node = json.valueToTree(schema);
		assertThat(node.at("/required").toString()).isEqualTo("[\"query\",\"limit\"]");
		assertThat(node.at("/properties/query/minLength").asInt()).isEqualTo(1);
		assertThat(node.at("/properties/query/description").asText()).isEqualTo("What to look for");
		assertThat(node.at("/properties/limit/maximum").asInt()).isEqualTo(50);
		assertThat(node.at("/additionalProperties").asBoolean(true)).isFalse();
	}

	private void assertMatchesGolden(Map<String, Object> schema, String name) throws IOException {
		Path golden = Path.of("src/test/resources/golden", name);
		String actual = json.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
		if (UPDATE || !Files.exists(golden)) {
			boolean created = !Files.exists(golden);
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual);
			assertThat(created).as("golden file %s did not exist: written now, review and commit it", golden).isFalse();
		}
		assertThat(json.readTree(actual)).as("schema vs %s (rerun with -Dmcpforge.golden.update=true to accept)", golden)
			.isEqualTo(json.readTree(Files.readString(golden)));
	}

}
