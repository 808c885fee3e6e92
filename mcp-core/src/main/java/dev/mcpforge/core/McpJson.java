package dev.mcpforge.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration mcpforge uses for tool arguments and results. Schema generation,
 * argument binding and result mapping share one mapper, so a schema always describes what
 * the runtime accepts.
 */
public final class McpJson {

	private McpJson() {
	}

	/**
	 * A new mapper: records and {@code java.time} types supported, dates as ISO-8601 strings,
	 * unknown properties rejected, absent values ({@code null}, empty {@code Optional}) left out
	 * of results.
	 */
	public static ObjectMapper newMapper() {
		return JsonMapper.builder()
			.addModule(new JavaTimeModule())
			.addModule(new Jdk8Module())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.serializationInclusion(JsonInclude.Include.NON_ABSENT)
			.build();
	}

}
