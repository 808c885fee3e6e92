package dev.mcpforge.adapters.stateset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.server.McpServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the default mapper, plain argument records are described without victools; a mapper of one's own always
 * goes through victools. Both must give every one of the adapter's tools the same schemas, byte for byte.
 */
class ToolSchemasTest {

	private static final ObjectMapper JSON = McpJson.newMapper();

	@Test
	void theDefaultMapperGivesTheSameSchemasAsVictools() throws Exception {
		try (StateSet stateset = StateSet.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("unused").build()) {
			List<ToolDefinition> fast = stateset.addTo(McpServer.builder().name("default")).build().tools();
			List<ToolDefinition> victools = stateset
				.addTo(McpServer.builder().name("own-mapper").jsonMapper(McpJson.newMapper()))
				.build()
				.tools();
			assertThat(fast).hasSizeGreaterThan(200).hasSameSizeAs(victools);
			for (int i = 0; i < fast.size(); i++) {
				assertThat(JSON.writeValueAsString(fast.get(i)))
					.as(fast.get(i).name())
					.isEqualTo(JSON.writeValueAsString(victools.get(i)));
				assertThat(fast.get(i)).isEqualTo(victools.get(i));
			}
		}
	}
}
