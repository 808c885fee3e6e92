package dev.mcpforge.core.security;

import java.util.Objects;

import dev.mcpforge.core.McpException;
import dev.mcpforge.core.ToolException;
import dev.mcpforge.core.interceptor.McpInterceptor;
import dev.mcpforge.core.interceptor.McpResponse;
import dev.mcpforge.core.interceptor.Phase;
import dev.mcpforge.core.interceptor.ToolCall;

/**
 * The SECURITY interceptor a server installs with an {@link Authenticator}. Transports
 * authenticate before a request reaches the chain (HTTP answers 401); this interceptor makes the
 * authenticator visible in the printed chain and, when authentication is required, refuses any
 * request that arrives without a principal anyway (fail closed).
 */
public final class AuthenticationCheck implements McpInterceptor {

	private final Authenticator authenticator;

	private final boolean required;

	public AuthenticationCheck(Authenticator authenticator, boolean required) {
		this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
		this.required = required;
	}

	@Override
	public McpResponse intercept(Chain chain) throws Exception {
		if (required && chain.request().context().principal() == null) {
			if (chain.request() instanceof ToolCall) {
				throw new ToolException("Unauthorized: authentication required");
			}
			throw new McpException(-32000, "Unauthorized: authentication required");
		}
		return chain.proceed(chain.request());
	}

	@Override
	public Phase phase() {
		return Phase.SECURITY;
	}

	@Override
	public String name() {
		return "authentication[" + authenticator.describe() + (required ? ", required" : ", optional") + "]";
	}

}
