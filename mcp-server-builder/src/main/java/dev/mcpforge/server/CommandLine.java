package dev.mcpforge.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line every mcpforge server understands: stdio by default, {@code --http} for
 * streamable HTTP with {@code --port}, {@code --host} and {@code --stateless}; {@code --training-run}
 * serves one short session on each transport and exits (see {@link TrainingRun}).
 */
record CommandLine(boolean http, String host, int port, boolean stateless, boolean training) {

	static final String USAGE = "usage: [--http [--port N] [--host H] [--stateless]] [--training-run]  (default: stdio)";

	private static final Logger log = LoggerFactory.getLogger(CommandLine.class);

	static CommandLine parse(String... args) {
		boolean http = false;
		boolean stateless = false;
		boolean training = false;
		String host = "127.0.0.1";
		int port = 8080;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--http" -> http = true;
				case "--stateless" -> stateless = true;
				case "--training-run" -> training = true;
				case "--port" -> port = parsePort(value(args, ++i, "--port"));
				case "--host" -> host = value(args, ++i, "--host");
				default -> throw new UsageException("unknown argument '" + args[i] + "'; " + USAGE);
			}
		}
		if (!http && (stateless || port != 8080 || !host.equals("127.0.0.1"))) {
			throw new UsageException("--port, --host and --stateless need --http; " + USAGE);
		}
		return new CommandLine(http, host, port, stateless, training);
	}

	void run(McpServer server, java.util.function.Consumer<HttpOptions> httpOptions) {
		if (training) {
			try {
				TrainingRun.run(server, host, stateless, httpOptions);
			}
			finally {
				server.close();
			}
			return;
		}
		ServerHandle handle;
		if (http) {
			HttpServerHandle httpHandle = server.serveHttp(o -> {
				httpOptions.accept(o);
				o.host(host).port(port).stateless(stateless);
			});
			log.info("{} {} serving streamable HTTP{} at {}", server.name(), server.version(),
					stateless ? " (stateless)" : "", httpHandle.endpoint());
			handle = httpHandle;
		}
		else {
			handle = server.serveStdio();
			log.info("{} {} serving stdio", server.name(), server.version());
		}
		Thread hook = new Thread(server::close, "mcpforge-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			handle.awaitTermination();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			server.close();
		}
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new UsageException(option + " needs a value; " + USAGE);
		}
		return args[index];
	}

	private static int parsePort(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException e) {
			throw new UsageException("--port must be a number from 0 to 65535, but was '" + text + "'");
		}
	}

}
