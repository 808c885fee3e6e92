package dev.mcpforge.middleware.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.modelcontextprotocol.spec.McpError;

/** The JSON-RPC error a refused connection got, wherever the SDK client wrapped it. */
final class Refusals {

	private Refusals() {
	}

	static McpError refusal(ThrowingCallable connect) {
		Throwable thrown = catchThrowable(connect);
		assertThat(thrown).as("connecting should have failed").isNotNull();
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof McpError error) {
				return error;
			}
		}
		throw new AssertionError("no McpError in " + thrown, thrown);
	}

}
