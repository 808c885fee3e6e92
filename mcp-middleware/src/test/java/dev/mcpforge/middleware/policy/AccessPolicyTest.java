package dev.mcpforge.middleware.policy;

import static dev.mcpforge.middleware.policy.Who.role;
import static dev.mcpforge.middleware.policy.Who.scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

import dev.mcpforge.core.ToolDefinition;
import dev.mcpforge.core.ToolHints;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.security.AccessPolicy;
import dev.mcpforge.core.security.McpPrincipal;
import dev.mcpforge.middleware.auth.ApiKeyAuthenticator;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;
import dev.mcpforge.testing.McpTestClient;
import dev.mcpforge.testing.ToolAccessMatrix;

/**
 * One policy filters the lists and refuses calls, reads and gets: for every caller, the tools listed
 * are exactly the tools that can be called, and a hidden tool, resource or prompt answers like one
 * that does not exist.
 */
class AccessPolicyTest {

	static final String ADMIN_KEY = "admin-key-0123456789abcdef";

	static final String CLERK_KEY = "clerk-key-0123456789abcdef";

	static final String VIEWER_KEY = "viewer-key-0123456789abcdef";

	static final String NOBODY_KEY = "nobody-key-0123456789abcdef";

	// docs:api-keys
	static final ApiKeyAuthenticator KEYS = ApiKeyAuthenticator.builder()
		.key(ADMIN_KEY, McpPrincipal.of("alice").withRoles("admin").withScopes("orders:read"))
		.key(CLERK_KEY, McpPrincipal.of("bob").withScopes("orders:read"))
		.key(VIEWER_KEY, McpPrincipal.of("carol").withRoles("viewer").withScopes("orders:read"))
		.key(NOBODY_KEY, McpPrincipal.of("dave"))
		.build();
	// end:api-keys

	// docs:access-rules
	static final AccessRules RULES = AccessRules.builder()
		.denyDestructiveUnless(role("admin"))
		.allowTagFor("orders", scope("orders:read"))
		.readOnlyFor(role("viewer"))
		.defaultAllow();
	// end:access-rules

	McpServer server;

	@AfterEach
	void close() {
		if (server != null) {
			server.close();
		}
	}

	McpServer shop(AccessPolicy policy) {
		return McpServer.builder()
			.name("shop")
			.accessPolicy(policy)
			.authenticator(KEYS)
			.tool(ToolSpec.of("ping", ctx -> "pong")
				.description("Answers pong")
				.readOnly())
			.tool(ToolSpec.of("list_orders", ctx -> "[]")
				.description("Lists orders")
				.readOnly()
				.tags("orders"))
			.tool(ToolSpec.of("refund_order", ctx -> "ok")
				.description("Refunds an order")
				.hints(ToolHints.NONE.withReadOnly(false).withDestructive(false).withIdempotent(true))
				.tags("orders"))
			.tool(ToolSpec.of("delete_order", ctx -> "gone")
				.description("Deletes an order")
				.destructive()
				.tags("orders"))
			.tool(ToolSpec.of("wipe_cache", ctx -> "wiped")
				.description("Wipes the cache (no hints: counts as destructive)"))
			.build();
	}

	@Test
	void forEveryCallerTheListedToolsAreExactlyTheCallableTools() {
		server = shop(RULES);
		// docs:matrix
		ToolAccessMatrix.of(server)
			.caller("admin", c -> c.header("X-API-Key", ADMIN_KEY))
			.caller("clerk", c -> c.header("X-API-Key", CLERK_KEY))
			.caller("viewer", c -> c.bearerToken(VIEWER_KEY))
			.caller("nobody", c -> c.header("X-API-Key", NOBODY_KEY))
			.assertListedEqualsCallable()
			.assertListed("admin", "ping", "list_orders", "refund_order", "delete_order", "wipe_cache")
			.assertListed("clerk", "ping", "list_orders", "refund_order")
			.assertListed("viewer", "ping", "list_orders")
			.assertListed("nobody", "ping");
		// end:matrix
	}

	@Test
	void theMatrixCatchesAToolThatIsCallableButNotListed() {
		// a policy that changes its mind between tools/list and tools/call: what the check must catch
		java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
		server = McpServer.builder()
			.name("fickle")
			.accessPolicy((principal, tool) -> asked.getAndIncrement() == 0 ? AccessPolicy.Decision.deny("first")
					: AccessPolicy.Decision.allow())
			.tool("ping", "Answers pong", ctx -> "pong")
			.build();
		ToolAccessMatrix matrix = ToolAccessMatrix.of(server).caller("anyone", c -> {
		});
		org.assertj.core.api.Assertions.assertThatThrownBy(matrix::assertListedEqualsCallable)
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("anyone: callable but not listed [ping]");
	}

	@Test
	void aHiddenToolAnswersExactlyLikeAToolThatDoesNotExist() {
		server = shop(RULES);
		try (McpTestClient client = McpTestClient.builder(server).header("X-API-Key", NOBODY_KEY).build()) {
			McpError hidden = catchThrowableOfType(McpError.class, () -> client.callTool("delete_order"));
			McpError missing = catchThrowableOfType(McpError.class, () -> client.callTool("no_such_tool"));
			assertThat(hidden.getJsonRpcError().code()).isEqualTo(missing.getJsonRpcError().code()).isEqualTo(-32602);
			assertThat(hidden.getJsonRpcError().message()).isEqualTo(missing.getJsonRpcError().message());
			assertThat(hidden.getJsonRpcError().data()).isEqualTo("Tool not found: delete_order");
			assertThat(missing.getJsonRpcError().data()).isEqualTo("Tool not found: no_such_tool");
		}
	}

	@Test
	void hiddenResourcesAndPromptsAreNotListedAndAnswerLikeUnknownOnes() {
		// docs:resource-rules
		AccessRules rules = AccessRules.builder()
			.restrictResources("secrets://", role("admin"))
			.restrictPrompts(role("admin"), "incident_report")
			.defaultAllow();
		// end:resource-rules
		server = McpServer.builder()
			.name("vault")
			.authenticator(KEYS)
			.accessPolicy(rules)
			.resource("config://app", "config", "Configuration", (req, ctx) -> "a=1")
			.resource("secrets://db", "db", "Database password", (req, ctx) -> "hunter2")
			.resourceTemplate(dev.mcpforge.server.ResourceTemplateSpec
				.of("secrets://keys/{name}", "key", (req, ctx) -> "k").description("A key")
				.complete("name", (prefix, resolved) -> java.util.List.of("root", "deploy")))
			.prompt(dev.mcpforge.server.PromptSpec.of("summary", (a, ctx) -> "Summarise").description("Summary"))
			.prompt(dev.mcpforge.server.PromptSpec.of("incident_report", (a, ctx) -> "Report").description("Incident")
				.argument("severity", "How bad", false)
				.complete("severity", (prefix, resolved) -> java.util.List.of("low", "high")))
			.build();
		try (McpTestClient clerk = McpTestClient.builder(server).header("X-API-Key", CLERK_KEY).build();
				McpTestClient admin = McpTestClient.builder(server).header("X-API-Key", ADMIN_KEY).build()) {
			assertThat(clerk.listResources().resources()).extracting(McpSchema.Resource::uri).containsExactly("config://app");
			assertThat(clerk.listResourceTemplates().resourceTemplates()).isEmpty();
			assertThat(clerk.listPrompts().prompts()).extracting(McpSchema.Prompt::name).containsExactly("summary");
			assertSameError(catchThrowableOfType(McpError.class, () -> clerk.readResource("secrets://db")),
					catchThrowableOfType(McpError.class, () -> clerk.readResource("nothing://here")), "secrets://db",
					"nothing://here");
			assertSameError(catchThrowableOfType(McpError.class, () -> clerk.readResource("secrets://keys/root")),
					catchThrowableOfType(McpError.class, () -> clerk.readResource("nothing://keys/root")),
					"secrets://keys/root", "nothing://keys/root");
			assertSameError(catchThrowableOfType(McpError.class, () -> clerk.getPrompt("incident_report")),
					catchThrowableOfType(McpError.class, () -> clerk.getPrompt("no_such_prompt")), "incident_report",
					"no_such_prompt");

			assertSameError(catchThrowableOfType(McpError.class, () -> clerk.completePrompt("incident_report", "severity", "")),
					catchThrowableOfType(McpError.class, () -> clerk.completePrompt("no_such_prompt", "severity", "")),
					"incident_report", "no_such_prompt");
			assertSameError(
					catchThrowableOfType(McpError.class,
							() -> clerk.completeResourceTemplate("secrets://keys/{name}", "name", "")),
					catchThrowableOfType(McpError.class,
							() -> clerk.completeResourceTemplate("nothing://keys/{name}", "name", "")),
					"secrets://keys/{name}", "nothing://keys/{name}");

			assertThat(admin.completePrompt("incident_report", "severity", "").completion().values())
				.containsExactly("low", "high");
			assertThat(admin.completeResourceTemplate("secrets://keys/{name}", "name", "").completion().values())
				.containsExactly("root", "deploy");
			assertThat(admin.listResources().resources()).hasSize(2);
			assertThat(admin.listResourceTemplates().resourceTemplates()).hasSize(1);
			assertThat(admin.listPrompts().prompts()).hasSize(2);
			assertThat(admin.readResource("secrets://db").contents()).hasSize(1);
			assertThat(admin.getPrompt("incident_report").messages()).hasSize(1);
		}
	}

	/** Same code, message and data, but for the name asked for, which the SDK's errors repeat. */
	static void assertSameError(McpError hidden, McpError missing, String hiddenName, String missingName) {
		assertThat(hidden).as("hidden").isNotNull();
		assertThat(missing).as("missing").isNotNull();
		assertThat(hidden.getJsonRpcError().code()).isEqualTo(missing.getJsonRpcError().code());
		assertThat(hidden.getJsonRpcError().message().replace(hiddenName, "X"))
			.isEqualTo(missing.getJsonRpcError().message().replace(missingName, "X"));
		assertThat(String.valueOf(hidden.getJsonRpcError().data()).replace(hiddenName, "X"))
			.isEqualTo(String.valueOf(missing.getJsonRpcError().data()).replace(missingName, "X"));
	}

	@Test
	void aPolicyThatThrowsHidesAndRefusesEverything() {
		server = shop((principal, tool) -> {
			if (tool.name().equals("ping")) {
				return AccessPolicy.Decision.allow();
			}
			throw new IllegalStateException("policy store unavailable");
		});
		try (McpTestClient client = McpTestClient.builder(server).header("X-API-Key", ADMIN_KEY).build()) {
			assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactly("ping");
			assertThat(callable(client, "delete_order")).isFalse();
			assertThat(callable(client, "ping")).isTrue();
		}
	}

	@Test
	void aPolicyThatReturnsNullDenies() {
		server = shop((principal, tool) -> null);
		try (McpTestClient client = McpTestClient.builder(server).header("X-API-Key", ADMIN_KEY).build()) {
			assertThat(client.listTools().tools()).isEmpty();
			assertThat(callable(client, "ping")).isFalse();
		}
	}

	@Test
	void toolsAddedWhileServingAreFilteredToo() {
		server = shop(RULES);
		server.addTool(ToolSpec.of("drop_db", ctx -> "dropped")
			.description("Drops the database")
			.destructive());
		try (McpTestClient client = McpTestClient.builder(server).header("X-API-Key", CLERK_KEY).build()) {
			assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).doesNotContain("drop_db");
			assertThat(callable(client, "drop_db")).isFalse();
		}
		try (McpTestClient client = McpTestClient.builder(server).header("X-API-Key", ADMIN_KEY).build()) {
			assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).contains("drop_db");
			assertThat(callable(client, "drop_db")).isTrue();
		}
	}

	@Test
	void thePrintedChainShowsTheConfiguredOrder() {
		McpInterceptor audit = McpInterceptor.of("audit", Phase.OBSERVABILITY, chain -> chain.proceed(chain.request()));
		McpInterceptor tenant = McpInterceptor.of("tenant", Phase.SECURITY, 10, chain -> chain.proceed(chain.request()));
		server = McpServer.builder()
			.name("shop")
			.intercept(audit, tenant)
			.authenticator(KEYS)
			.accessPolicy(RULES)
			.tool("ping", "Answers pong", ctx -> "pong")
			.build();
		assertThat(server.interceptors().toString()).isEqualTo(
				"SECURITY authentication[api-keys(4 keys from X-API-Key, Authorization: Bearer), required]"
						+ " -> SECURITY access-policy[AccessRules[destructive tools only for role admin;"
						+ " tools tagged orders only for scope orders:read; only read-only tools for role viewer;"
						+ " default allow]] -> SECURITY tenant(10) -> OBSERVABILITY audit -> handler");
		assertThat(server.interceptors().toString()).doesNotContain(ADMIN_KEY, CLERK_KEY);
	}

	@Test
	void rulesDecideByRoleScopeTagAndHints() {
		ToolDefinition delete = ToolDefinition.builder("delete_order").description("d").build();
		ToolDefinition list = ToolDefinition.builder("list_orders")
			.description("l")
			.hints(dev.mcpforge.core.ToolHints.NONE.withReadOnly(true))
			.tags(Set.of("orders"))
			.build();
		McpPrincipal admin = McpPrincipal.of("a").withRoles("admin");
		McpPrincipal reader = McpPrincipal.of("r").withScopes("orders:read");
		assertThat(RULES.decide(admin, delete).allowed()).isTrue();
		assertThat(RULES.decide(reader, delete).allowed()).isFalse();
		assertThat(RULES.decide(reader, delete).reason()).isEqualTo("destructive tools only for role admin");
		assertThat(RULES.decide(reader, list).allowed()).isTrue();
		assertThat(RULES.decide(admin, list).allowed()).as("admin lacks orders:read").isFalse();
		assertThat(RULES.decide(null, list).allowed()).isFalse();
		AccessRules closed = AccessRules.builder().allow(Tools.readOnly()).defaultDeny();
		assertThat(closed.decide(null, list).allowed()).isTrue();
		assertThat(closed.decide(admin, delete).allowed()).isFalse();
		AccessRules noDestruction = AccessRules.builder().denyDestructiveTo(role("read-only")).defaultAllow();
		assertThat(noDestruction.decide(McpPrincipal.of("k").withRoles("read-only"), delete).allowed()).isFalse();
		assertThat(noDestruction.decide(admin, delete).allowed()).isTrue();
	}

	static boolean callable(McpTestClient client, String tool) {
		try {
			McpSchema.CallToolResult result = client.callTool(tool);
			return !Boolean.TRUE.equals(result.isError());
		}
		catch (McpError e) {
			assertThat(e.getJsonRpcError().message()).isEqualTo("Unknown tool: invalid_tool_name");
			return false;
		}
	}

}
