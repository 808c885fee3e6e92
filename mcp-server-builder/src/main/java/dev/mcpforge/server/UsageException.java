package dev.mcpforge.server;

/**
 * A command line {@link McpServer#run(String...)} does not understand. Its message names the
 * problem and the usage; it has no stack trace, so a server's {@code main} that lets it escape
 * prints one line, not a trace through the framework.
 */
public final class UsageException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
