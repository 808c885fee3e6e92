package dev.mcpforge.middleware;

import static dev.mcpforge.testing.McpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dev.mcpforge.middleware.resilience.RateLimitSettings;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.testing.McpTestClient;

class MiddlewareConfigTest {

	@Test
	void propertiesTurnOnTheBuiltInsTheyConfigure() {
		// docs:config
		Properties properties = new Properties();
		properties.setProperty("mcpforge.ratelimit.permits", "1");
		properties.setProperty("mcpforge.ratelimit.period", "1h");
		properties.setProperty("mcpforge.breaker.failure-threshold", "3");
		properties.setProperty("mcpforge.cache.ttl", "30s");
		MiddlewareConfig config = MiddlewareConfig.fromProperties(properties);

		McpServer server = McpServer.builder()
			.name("configured")
			.tool("ping", "Pings", ctx -> "pong")
			.intercept(config.interceptors().toArray(dev.mcpforge.core.interceptor.McpInterceptor[]::new))
			.build();
		// end:config
		assertThat(server.interceptors()).hasToString(
				"RESILIENCE rate-limit(10) -> RESILIENCE circuit-breaker(20) -> CACHING response-cache(10) -> handler");
		assertThat(config.cache().orElseThrow().ttl()).isEqualTo(Duration.ofSeconds(30));
		assertThat(config.circuitBreaker().orElseThrow().failureThreshold()).isEqualTo(3);
		try (McpTestClient c = McpTestClient.connect(server)) {
			assertThat(c.callTool("ping")).isSuccess();
			assertThat(c.callTool("ping")).isToolError().textContains("Rate limit exceeded for tool 'ping'");
		}
		finally {
			server.close();
		}
	}

	@Test
	void environmentVariablesUseUpperCaseNames() {
		MiddlewareConfig config = MiddlewareConfig.fromEnvironment(Map.of("MCPFORGE_RATELIMIT_PERMITS", "100",
				"MCPFORGE_RATELIMIT_KEY", "principal", "MCPFORGE_CACHE_MAX_SIZE", "500", "MCPFORGE_TIMEOUT", "PT2S",
				"MCPFORGE_AUDIT", "true", "PATH", "/usr/bin"));
		RateLimitSettings limit = config.rateLimit().orElseThrow();
		assertThat(limit.permits()).isEqualTo(100);
		assertThat(limit.period()).isEqualTo(Duration.ofMinutes(1));
		assertThat(limit.key()).isEqualTo(RateLimitSettings.Key.PRINCIPAL);
		assertThat(config.cache().orElseThrow().maximumSize()).isEqualTo(500);
		assertThat(config.timeout()).contains(Duration.ofSeconds(2));
		assertThat(config.audit()).isTrue();
		assertThat(config.circuitBreaker()).isEmpty();
	}

	@Test
	void badValuesFailWithAMessageNamingTheKey() {
		assertThatThrownBy(() -> MiddlewareConfig.fromEnvironment(Map.of("MCPFORGE_RATELIMIT_PERMITS", "lots")))
			.hasMessage("mcpforge.ratelimit.permits must be a whole number, but was 'lots'");
		assertThatThrownBy(() -> MiddlewareConfig.fromEnvironment(Map.of("MCPFORGE_CACHE_TTL", "soon")))
			.hasMessage("mcpforge.cache.ttl must be a positive duration like 500ms, 30s, 5m, 1h or PT30S, but was 'soon'");
		assertThatThrownBy(() -> MiddlewareConfig.fromEnvironment(Map.of("MCPFORGE_BREAKER_FAILURE_THRESHOLD", "0")))
			.hasMessage("failureThreshold must be at least 1, but was 0");
		assertThatThrownBy(() -> MiddlewareConfig.fromEnvironment(Map.of("MCPFORGE_RATELIMIT_PERMITS", "5",
				"MCPFORGE_RATELIMIT_KEY", "everyone")))
			.hasMessageContaining("mcpforge.ratelimit.key must be principal, tool or principal_and_tool");
		Properties typo = new Properties();
		typo.setProperty("mcpforge.cache.tll", "30s");
		assertThatThrownBy(() -> MiddlewareConfig.fromProperties(typo)).hasMessageStartingWith("unknown setting mcpforge.cache.tll");
		assertThatThrownBy(() -> MiddlewareConfig.fromEnvironment(Map.of("MCPFORGE_AUDIT", "yes")))
			.hasMessage("mcpforge.audit must be true or false, but was 'yes'");
	}

	@Test
	void otherMcpforgeSettingsAreLeftAlone() {
		Properties properties = new Properties();
		properties.setProperty("mcpforge.auth.api-keys", "whatever");
		assertThat(MiddlewareConfig.fromProperties(properties).interceptors()).isEmpty();
	}

}
