package dev.mcpforge.core.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.mcpforge.core.InvalidArgumentsException;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.Violation;
import dev.mcpforge.core.fixtures.CreateUser;
import dev.mcpforge.core.schema.JsonSchemas;

class ArgumentBinderTest {

	private final ObjectMapper json = McpJson.newMapper();

	private final ArgumentBinder binder = ArgumentBinder.create(json);

	private final Map<String, Object> schema = JsonSchemas.create(json).inputSchema(CreateUser.class);

	@SuppressWarnings("unchecked")
	private Map<String, Object> args(String text) throws Exception {
		return json.readValue(text, Map.class);
	}

	@Test
	void validArgumentsBindToTheRecord() throws Exception {
		CreateUser user = binder.bind(args("""
				{"username":"ann","email":"ann@example.com","age":30,
				 "address":{"street":"Main 1","city":"Berlin","zip":"10115"},
				 "plan":"PRO","tags":["a"],"birthday":"1990-05-01"}"""), CreateUser.class, schema);
		assertThat(user.username()).isEqualTo("ann");
		assertThat(user.address().zip()).isEqualTo("10115");
		assertThat(user.plan()).isEqualTo(CreateUser.Plan.PRO);
		assertThat(user.birthday()).contains(LocalDate.of(1990, 5, 1));
	}

	@Test
	void everyProblemIsReportedOnceWithItsPath() throws Exception {
		InvalidArgumentsException error = catchThrowableOfType(InvalidArgumentsException.class,
				() -> binder.bind(args("""
						{"username":"","email":"nope","age":"x",
						 "address":{"street":"s","zip":"12","extra":1},
						 "plan":"GOLD","tags":["a",""],"nick":"n","birthday":"2020-13-01"}"""), CreateUser.class, schema));

		assertThat(error.violations()).extracting(Violation::path)
			.containsExactlyInAnyOrder("address.city", "address.extra", "address.zip", "age", "birthday", "email",
					"nick", "plan", "tags[1]", "username", "username");
		assertThat(error.getMessage()).startsWith("Invalid arguments (11 problems):")
			.contains("- address.city: is required")
			.contains("- address.extra: unknown field; expected one of [city, street, zip]")
			.contains("- address.zip: must match \"[0-9]{5}\"")
			.contains("- age: expected an integer, but got 'x'")
			.contains("- email: must be a well-formed email address")
			.contains("- plan: must be one of [FREE, PRO, ENTERPRISE], but was 'GOLD'")
			.contains("- tags[1]: must not be blank")
			.contains("- username: must not be blank")
			.contains("- username: size must be between 3 and 20");
	}

	@Test
	void missingRequiredValuesIncludingPrimitivesAreReported() {
		InvalidArgumentsException error = catchThrowableOfType(InvalidArgumentsException.class,
				() -> binder.bind(Map.of(), CreateUser.class, schema));
		assertThat(error.violations()).extracting(Violation::toString)
			.containsExactly("address: is required", "age: is required", "email: is required", "username: is required");
	}

	@Test
	void wrongJsonTypesAreReportedInsteadOfCoerced() throws Exception {
		InvalidArgumentsException error = catchThrowableOfType(InvalidArgumentsException.class,
				() -> binder.bind(args("""
						{"username":{"a":1},"email":"a@b.de","age":[1],"address":"here"}"""), CreateUser.class, schema));
		assertThat(error.violations()).extracting(Violation::toString)
			.contains("username: expected a string, but got an object", "age: expected an integer, but got an array",
					"address: expected an object, but got a string");
	}

	record Range(int from, int to, Optional<String> label, List<Integer> steps) {
	}

	@Test
	void nullArgumentsCountAsAnEmptyObject() {
		Map<String, Object> rangeSchema = JsonSchemas.create(json).inputSchema(Range.class);
		InvalidArgumentsException error = catchThrowableOfType(InvalidArgumentsException.class,
				() -> binder.bind(null, Range.class, rangeSchema));
		assertThat(error.violations()).extracting(Violation::path).containsExactly("from", "to");
	}

	@Test
	void arrayElementsGetIndexedPaths() throws Exception {
		Map<String, Object> rangeSchema = JsonSchemas.create(json).inputSchema(Range.class);
		InvalidArgumentsException error = catchThrowableOfType(InvalidArgumentsException.class,
				() -> binder.bind(args("{\"from\":1,\"to\":2,\"steps\":[1,\"two\",3]}"), Range.class, rangeSchema));
		assertThat(error.violations()).extracting(Violation::toString)
			.containsExactly("steps[1]: expected an integer, but got 'two'");
	}

}
