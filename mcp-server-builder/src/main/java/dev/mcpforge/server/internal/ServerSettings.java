package dev.mcpforge.server.internal;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mcpforge.core.ToolResults;
import dev.mcpforge.core.binding.ArgumentBinder;
import dev.mcpforge.core.interceptor.InterceptorChain;
import dev.mcpforge.core.schema.JsonSchemas;

/**
 * Everything a built server needs besides its features: identity and the shared JSON machinery
 * (one mapper for schemas, binding and results) and the interceptor chain every request runs through.
 */
public record ServerSettings(String name, String version, String instructions, Duration requestTimeout,
		ObjectMapper mapper, JsonSchemas schemas, ArgumentBinder binder, ToolResults results, InterceptorChain chain,
		Security security, LazySchemaValidator schemaValidator) {

	public static ServerSettings of(String name, String version, String instructions, Duration requestTimeout,
			ObjectMapper mapper, InterceptorChain chain) {
		return of(name, version, instructions, requestTimeout, mapper, chain, Security.NONE);
	}

	public static ServerSettings of(String name, String version, String instructions, Duration requestTimeout,
			ObjectMapper mapper, InterceptorChain chain, Security security) {
		return of(name, version, instructions, requestTimeout, mapper, JsonSchemas.create(mapper), chain, security);
	}

	/** With {@code schemas} made for {@code mapper} (e.g. {@link JsonSchemas#create()} when it is the default). */
	public static ServerSettings of(String name, String version, String instructions, Duration requestTimeout,
			ObjectMapper mapper, JsonSchemas schemas, InterceptorChain chain, Security security) {
		return new ServerSettings(name, version, instructions, requestTimeout, mapper, schemas,
				ArgumentBinder.create(mapper), new ToolResults(mapper), chain, security, new LazySchemaValidator());
	}

}
