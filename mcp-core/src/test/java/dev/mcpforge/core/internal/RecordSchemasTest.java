package dev.mcpforge.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.mcpforge.core.Description;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.fixtures.CreateUser;

/** The victools-free schemas must be exactly victools' (keys, order, value types), or not be made at all. */
class RecordSchemasTest {

	private static final ObjectMapper JSON = McpJson.newMapper();

	private static final SchemaFactory VICTOOLS = new SchemaFactory(JSON);

	enum Color {
		RED, GREEN
	}

	enum Shouting {
		LOUD {
			@Override
			public String toString() {
				return "loud";
			}
		},
		QUIET
	}

	@Description("An inner thing")
	record Described(@NotBlank String a, int b) {
	}

	record Plain(String x) {
	}

	record Empty() {
	}

	@Description("Nothing inside")
	record DescribedEmpty() {
	}

	record Echo(@Description("Text to send back") @NotNull String message) {
	}

	record Scalars(@Description("s") @NotNull String s, @NotBlank @Size(max = 9) String t,
			@Email @Pattern(regexp = "x+") String e, @Min(1) @Max(5) int i, Integer bi, long l, @Min(0) Long bl,
			double d, Double bd, boolean z, Boolean bz, float f, Float bf, @NotEmpty String ne,
			@Size(min = 2, max = 4) String sz, @Size(min = 0) String sz0, @Positive int p, @PositiveOrZero long pz,
			@Negative double n, @Max(3) double dmax, @Description("flag") @NotNull Boolean flag, @Valid String v) {
	}

	record Enums(@Description("c") Color c, @NotNull Color c2, Shouting shout, List<Color> colors) {
	}

	@Description("Holds others")
	record Nested(Described in, @Description("in2") @NotNull Plain in2, Described again, @Valid Plain valid,
			Empty empty, DescribedEmpty describedEmpty, @Description("outer") Empty emptyWithDescription) {
	}

	record Lists(List<String> ls, @Description("li") @Size(max = 3) List<Integer> li, @NotNull List<Plain> lr,
			@NotEmpty List<Color> lc, @Size(min = 1) List<String> lm, List<Described> ld, List<Long> ll,
			List<Boolean> lb, List<Double> ldb, @Size(min = 2, max = 5) List<String> lsz) {
	}

	record Deep(Nested nested, List<Lists> lists) {
	}

	// each of these must go to victools
	record Recursive(String name, List<Recursive> children) {
	}

	record Indirect(Other other) {
	}

	record Other(Indirect back) {
	}

	record Renamed(@JsonProperty("other") String name) {
	}

	record TypeUse(List<@NotBlank String> tags) {
	}

	record Decimal(@DecimalMin("1.5") double d) {
	}

	record BlankAndSized(@NotBlank @Size(min = 3) String s, @NotEmpty @Size(max = 3) String t,
			@NotEmpty @Size(min = 2) List<String> l, @NotEmpty @Size(max = 2) List<String> m) {
	}

	record Optionals(Optional<String> o) {
	}

	record Maps(Map<String, String> m) {
	}

	record Sets(Set<String> s) {
	}

	record Shorts(short s, byte b, char c) {
	}

	record Generic<T>(T value) {
	}

	record Beanish(boolean isActive, String getName) {
	}

	record WithAccessor(@NotNull String a) {
		@Override
		@Description("other")
		public String a() {
			return a;
		}
	}

	record Twice(@Description("field") Described d) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	interface SnakeCase {
	}

	record Implementing(String someName) implements SnakeCase {
	}

	record GroupedAndPatterned(@Pattern(regexp = "a", flags = Pattern.Flag.CASE_INSENSITIVE) String p) {
	}

	@ParameterizedTest
	@ValueSource(classes = { Echo.class, Scalars.class, Enums.class, Nested.class, Lists.class, Deep.class,
			Described.class, Plain.class, Empty.class, DescribedEmpty.class, BlankAndSized.class })
	void plainRecordsAreDescribedExactlyAsVictoolsDoes(Class<?> type) throws Exception {
		Map<String, Object> plain = RecordSchemas.inputSchema(type);
		Map<String, Object> victools = VICTOOLS.victoolsInputSchema(type);
		assertThat(plain).as("described without victools").isNotNull();
		assertThat(JSON.writeValueAsString(plain)).isEqualTo(JSON.writeValueAsString(victools));
		assertThat(plain).isEqualTo(victools);
		assertSameValueTypes(plain, victools);
	}

	@ParameterizedTest
	@ValueSource(classes = { CreateUser.class, Recursive.class, Indirect.class, Renamed.class, TypeUse.class,
			Decimal.class, Optionals.class, Maps.class, Sets.class, Shorts.class, Generic.class,
			Beanish.class, WithAccessor.class, Twice.class, GroupedAndPatterned.class, Implementing.class, String.class,
			Color.class })
	void everythingElseIsLeftToVictools(Class<?> type) {
		assertThat(RecordSchemas.inputSchema(type)).isNull();
	}

	@ParameterizedTest
	@ValueSource(classes = { Echo.class, CreateUser.class, Recursive.class, Renamed.class })
	void theDefaultMapperFactoryGivesWhatVictoolsGives(Class<?> type) throws Exception {
		SchemaFactory factory = new SchemaFactory(new Lazy<>(McpJson::newMapper), true);
		assertThat(JSON.writeValueAsString(factory.inputSchema(type)))
			.isEqualTo(JSON.writeValueAsString(VICTOOLS.victoolsInputSchema(type)));
	}

	private static void assertSameValueTypes(Object plain, Object victools) {
		assertThat(plain.getClass()).isEqualTo(victools.getClass());
		if (plain instanceof Map<?, ?> map) {
			map.forEach((key, value) -> assertSameValueTypes(value, ((Map<?, ?>) victools).get(key)));
		}
		else if (plain instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				assertSameValueTypes(list.get(i), ((List<?>) victools).get(i));
			}
		}
	}

}
