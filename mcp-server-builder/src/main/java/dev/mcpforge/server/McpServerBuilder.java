package dev.mcpforge.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.schema.JsonSchemas;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.security.AccessPolicy;
import dev.mcpforge.core.security.AuthenticationCheck;
import dev.mcpforge.core.security.Authenticator;
import dev.mcpforge.core.security.AccessControl;
import dev.mcpforge.server.internal.Security;
import dev.mcpforge.server.internal.ServerSettings;
import dev.mcpforge.server.internal.StartupWarmUp;

/**
 * Describes an MCP server; {@link #build()} checks the description and returns an immutable
 * {@link McpServer}. Get one from {@link McpServer#builder()}.
 *
 * <p>Defaults: version {@code 1.0.0}, no instructions, 5 minutes for server-to-client requests
 * (sampling and elicitation wait for a human), Jackson as configured by
 * {@link McpJson#newMapper()}. A name is required; so is a description for every tool and
 * prompt. Registering two tools (or prompts, resources) under one name fails at
 * {@code build()}.
 */
public final class McpServerBuilder {

	private String name;

	private String version = "1.0.0";

	private String instructions;

	private Duration requestTimeout = Duration.ofMinutes(5);

	private ObjectMapper mapper;

	private final List<ToolSpec> tools = new ArrayList<>();

	private final List<Object> toolBeans = new ArrayList<>();

	private final List<ResourceSpec> resources = new ArrayList<>();

	private final List<ResourceTemplateSpec> templates = new ArrayList<>();

	private final List<PromptSpec> prompts = new ArrayList<>();

	private final List<McpInterceptor> interceptors = new ArrayList<>();

	private Authenticator authenticator;

	private boolean authenticationRequired = true;

	private AccessPolicy accessPolicy;

	McpServerBuilder() {
	}

	/** The server's name, as shown to clients. Required. */
	public McpServerBuilder name(String value) {
		this.name = requireText(value, "name");
		return this;
	}

	public McpServerBuilder version(String value) {
		this.version = requireText(value, "version");
		return this;
	}

	/** Tells the model how to use this server's tools (sent at {@code initialize}). */
	public McpServerBuilder instructions(String value) {
		this.instructions = value;
		return this;
	}

	/** How long sampling and elicitation requests to the client may take. */
	public McpServerBuilder requestTimeout(Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("requestTimeout must be positive, but was " + value);
		}
		this.requestTimeout = value;
		return this;
	}

	/**
	 * The Jackson mapper for tool arguments and results (and, so they agree, for their
	 * schemas). Start from {@link McpJson#newMapper()} to keep records and {@code java.time}
	 * working.
	 */
	public McpServerBuilder jsonMapper(ObjectMapper value) {
		this.mapper = Objects.requireNonNull(value, "jsonMapper");
		return this;
	}

	/** Adds a tool. */
	public McpServerBuilder tool(ToolSpec tool) {
		tools.add(Objects.requireNonNull(tool, "tool"));
		return this;
	}

	/**
	 * Adds a tool whose arguments bind to {@code argumentsType} (a record, usually).
	 * Shorthand for {@code tool(ToolSpec.of(name, argumentsType, handler).description(description))}.
	 */
	public <A> McpServerBuilder tool(String name, String description, Class<A> argumentsType,
			ToolHandler<? super A, ?> handler) {
		return tool(ToolSpec.of(name, argumentsType, handler).description(description));
	}

	/** Adds a tool that takes no arguments. */
	public McpServerBuilder tool(String name, String description, NoArgsToolHandler handler) {
		return tool(ToolSpec.of(name, handler).description(description));
	}

	/** Adds every {@link Tool}-annotated method of each bean as a tool. */
	public McpServerBuilder tools(Object... beans) {
		for (Object bean : beans) {
			toolBeans.add(Objects.requireNonNull(bean, "bean"));
		}
		return this;
	}

	public McpServerBuilder resource(ResourceSpec resource) {
		resources.add(Objects.requireNonNull(resource, "resource"));
		return this;
	}

	/** Adds a text resource; shorthand for {@link ResourceSpec#of}. */
	public McpServerBuilder resource(String uri, String name, String description, ResourceReader reader) {
		return resource(ResourceSpec.of(uri, name, reader).description(description));
	}

	public McpServerBuilder resourceTemplate(ResourceTemplateSpec template) {
		templates.add(Objects.requireNonNull(template, "template"));
		return this;
	}

	public McpServerBuilder prompt(PromptSpec prompt) {
		prompts.add(Objects.requireNonNull(prompt, "prompt"));
		return this;
	}

	/**
	 * Adds interceptors around every request: {@code initialize}, the lists, tool calls, resource
	 * reads, prompt gets and completions. They run ordered by
	 * {@link dev.mcpforge.core.interceptor.Phase}, then priority, then the order added here;
	 * {@link McpServer#interceptors()} shows the result.
	 */
	public McpServerBuilder intercept(McpInterceptor... added) {
		for (McpInterceptor interceptor : added) {
			interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
		}
		return this;
	}

	/**
	 * Authenticates every caller with {@code authenticator}; callers it does not recognise are
	 * refused (HTTP 401 with {@code WWW-Authenticate: Bearer}, on every request including
	 * {@code initialize}; an in-memory connection made without credentials gets an error for every
	 * request; stdio refuses to start). The principal it returns reaches handlers as
	 * {@code ctx.principal()} and access policies as the caller. Call {@link #allowAnonymous()}
	 * to let callers without credentials in (bad credentials are still refused).
	 *
	 * <p>HTTP asks with the request's headers, in-memory with the headers given to
	 * {@link McpServer#connectInMemory(java.util.Map)}, stdio with no headers (transport
	 * {@code "stdio"}: read the environment, e.g. {@code ApiKeyAuthenticator.fromEnvironment}).
	 */
	public McpServerBuilder authenticator(Authenticator authenticator) {
		this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
		return this;
	}

	/** With an {@link #authenticator}: callers without credentials get in, with no principal. */
	public McpServerBuilder allowAnonymous() {
		this.authenticationRequired = false;
		return this;
	}

	/**
	 * Decides which tools, resources and prompts each caller sees and may use. One policy does
	 * both: the lists show a caller exactly what it allows, and a call, read or get of anything
	 * else is answered as if it did not exist. A policy that throws denies (fail closed). Installed as a
	 * {@code SECURITY} interceptor, visible in {@link McpServer#interceptors()}.
	 */
	public McpServerBuilder accessPolicy(AccessPolicy policy) {
		this.accessPolicy = Objects.requireNonNull(policy, "policy");
		return this;
	}

	/**
	 * Checks everything and builds the server. Schemas are generated here, so a type that
	 * cannot be described fails now rather than at the first call.
	 * @throws IllegalStateException if no name was set
	 * @throws IllegalArgumentException naming the tool, resource or prompt that is incomplete or
	 * registered twice
	 */
	public McpServer build() {
		if (name == null) {
			throw new IllegalStateException("name is not set: call name(\"my-server\") before build()");
		}
		// SLF4J's set-up and the SDK's and Reactor's classes load on the other core while this thread builds the
		// mapper (before anything here asks for a logger) and generates schemas
		StartupWarmUp.startOnce();
		ObjectMapper json = mapper == null ? McpJson.newMapper() : mapper;
		List<McpInterceptor> all = new ArrayList<>();
		AccessControl access = accessPolicy == null ? null : new AccessControl(accessPolicy);
		if (authenticator != null) {
			all.add(new AuthenticationCheck(authenticator, authenticationRequired));
		}
		if (access != null) {
			all.add(access.interceptor());
		}
		all.addAll(interceptors);
		Security security = new Security(authenticator, authenticator != null && authenticationRequired);
		// the default mapper stays private to this server, so its schemas may skip victools for plain records
		JsonSchemas schemas = mapper == null ? JsonSchemas.create() : JsonSchemas.create(mapper);
		ServerSettings settings = ServerSettings.of(name, version, instructions, requestTimeout, json, schemas,
				InterceptorChain.of(all), security);
		List<ToolSpec> allTools = new ArrayList<>(tools);
		for (Object bean : toolBeans) {
			allTools.addAll(AnnotatedTools.scan(bean, settings.schemas(), settings.binder()));
		}
		requireUnique("tool", allTools.stream().map(ToolSpec::name).toList());
		requireUnique("resource", resources.stream().map(r -> r.definition().uri()).toList());
		requireUnique("resource template", templates.stream().map(t -> t.definition().uriTemplate()).toList());
		requireUnique("prompt", prompts.stream().map(p -> p.name).toList());
		return new DefaultMcpServer(settings, allTools, resources, templates, prompts);
	}

	private static void requireUnique(String kind, List<String> names) {
		Set<String> seen = new HashSet<>();
		for (String n : names) {
			if (!seen.add(n)) {
				throw new IllegalArgumentException(kind + " '" + n + "' is registered twice");
			}
		}
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value;
	}

}
