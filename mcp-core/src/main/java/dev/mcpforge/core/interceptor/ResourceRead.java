package dev.mcpforge.core.interceptor;

/**
 * A {@code resources/read}.
 *
 * @param uri the URI read
 * @param uriTemplate the template that matched, or {@code null} for a concrete resource
 */
public record ResourceRead(String uri, String uriTemplate, CallContext context) implements McpRequest {

	@Override
	public String method() {
		return "resources/read";
	}

	@Override
	public String target() {
		return uri;
	}

	@Override
	public ResourceRead withContext(CallContext newContext) {
		return new ResourceRead(uri, uriTemplate, newContext);
	}

}
