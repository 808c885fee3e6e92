package dev.mcpforge.core.interceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import dev.mcpforge.core.ToolDefinition;

class InterceptorChainTest {

	private final List<String> trace = new ArrayList<>();

	private final ToolCall call = new ToolCall(ToolDefinition.builder("t").description("d").build(), Map.of("a", 1),
			new CallContext("in-memory", "s1", null, Map.of(), Map.of()));

	private McpInterceptor tracing(String name, Phase phase, int priority) {
		return McpInterceptor.of(name, phase, priority, chain -> {
			trace.add(name);
			return chain.proceed(chain.request());
		});
	}

	private McpResponse handler(McpRequest request) {
		trace.add("handler");
		return McpResponse.of(CallToolResult.builder().addTextContent("ok " + ((ToolCall) request).arguments()).build());
	}

	@Test
	void phasesThenPrioritiesThenRegistrationOrderDecide() throws Exception {
		InterceptorChain chain = InterceptorChain.of(List.of(tracing("metrics", Phase.OBSERVABILITY, 0),
				tracing("cache", Phase.CACHING, 0), tracing("auth", Phase.SECURITY, 0),
				tracing("limit", Phase.RESILIENCE, 5), tracing("breaker", Phase.RESILIENCE, -5),
				tracing("audit", Phase.OBSERVABILITY, 0)));
		chain.execute(call, this::handler);
		assertThat(trace).containsExactly("auth", "breaker", "limit", "cache", "metrics", "audit", "handler");
		assertThat(chain).hasToString("SECURITY auth -> RESILIENCE breaker(-5) -> RESILIENCE limit(5) -> CACHING cache"
				+ " -> OBSERVABILITY metrics -> OBSERVABILITY audit -> handler");
	}

	@Test
	void anInterceptorCanAnswerWithoutTheHandler() throws Exception {
		InterceptorChain chain = InterceptorChain.of(List.of(McpInterceptor.of("deny", Phase.SECURITY,
				c -> McpResponse.of(CallToolResult.builder().addTextContent("denied").isError(true).build()))));
		McpResponse response = chain.execute(call, this::handler);
		assertThat(response.isToolError()).isTrue();
		assertThat(trace).isEmpty();
	}

	@Test
	void anInterceptorCanChangeTheRequestAndRetry() throws Exception {
		InterceptorChain chain = InterceptorChain.of(List.of(McpInterceptor.of("rewrite", Phase.VALIDATION,
				c -> c.proceed(((ToolCall) c.request()).withArguments(Map.of("a", 2)))),
				McpInterceptor.of("retry", Phase.RESILIENCE, c -> {
					c.proceed(c.request());
					return c.proceed(c.request());
				})));
		McpResponse response = chain.execute(call, this::handler);
		assertThat(trace).containsExactly("handler", "handler");
		assertThat(response.result(CallToolResult.class).content().toString()).contains("ok {a=2}");
	}

	@Test
	void brokenInterceptorsAreNamed() {
		InterceptorChain nullAnswer = InterceptorChain.of(List.of(McpInterceptor.of("lazy", Phase.CACHING, c -> null)));
		assertThatThrownBy(() -> nullAnswer.execute(call, this::handler)).hasMessage("interceptor 'lazy' returned null");

		InterceptorChain kindChange = InterceptorChain.of(List.of(McpInterceptor.of("confused", Phase.CACHING,
				c -> c.proceed(new PromptGet(new dev.mcpforge.core.PromptDefinition("p", null, "d", null, null), Map.of(),
						c.request().context())))));
		assertThatThrownBy(() -> kindChange.execute(call, this::handler))
			.hasMessage("interceptor 'confused' turned a tools/call into a prompts/get");
	}

	@Test
	void anEmptyChainCallsTheHandler() throws Exception {
		assertThat(InterceptorChain.empty()).hasToString("handler");
		InterceptorChain.empty().execute(call, this::handler);
		assertThat(trace).containsExactly("handler");
	}

	record A(int a) {
	}

	@Test
	void argumentsCanBeReadTyped() {
		assertThat(call.argumentsAs(A.class)).isEqualTo(new A(1));
	}

	@Test
	void contextChangesAreCopies() {
		CallContext context = call.context().withPrincipal(() -> "alice").withAttribute("tenant", "acme");
		assertThat(context.caller()).get().extracting(java.security.Principal::getName).isEqualTo("alice");
		assertThat(context.attribute("tenant")).contains("acme");
		assertThat(call.context().caller()).isEmpty();
	}

}
