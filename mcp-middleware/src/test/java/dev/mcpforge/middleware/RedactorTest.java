package dev.mcpforge.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.mcpforge.middleware.audit.Redactor;

class RedactorTest {

	@Test
	void secretFieldsAreRedactedAtAnyDepthAndOthersKept() {
		Map<String, Object> redacted = Redactor.arguments(Map.of("user", "alice", "Password", "p", "client_secret", "s",
				"api-key", "k", "accessToken", "t", "items", List.of(Map.of("privateKey", "x", "id", 7), "Basic dXNlcjpwYXNz"),
				"count", 3));
		assertThat(redacted).containsEntry("user", "alice")
			.containsEntry("Password", "[REDACTED]")
			.containsEntry("client_secret", "[REDACTED]")
			.containsEntry("api-key", "[REDACTED]")
			.containsEntry("accessToken", "[REDACTED]")
			.containsEntry("items", List.of(Map.of("privateKey", "[REDACTED]", "id", 7), "[REDACTED]"))
			.containsEntry("count", 3);
	}

	@Test
	void credentialHeadersAreRedacted() {
		assertThat(Redactor.headers(Map.of("authorization", List.of("Bearer abc"), "x-api-key", List.of("k"), "cookie",
				List.of("session=1"), "accept", List.of("application/json"))))
			.containsEntry("authorization", List.of("[REDACTED]"))
			.containsEntry("x-api-key", List.of("[REDACTED]"))
			.containsEntry("cookie", List.of("[REDACTED]"))
			.containsEntry("accept", List.of("application/json"));
	}

}
