package dev.mcpforge.examples.embedded;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import dev.mcpforge.core.Description;
import dev.mcpforge.server.McpServer;

/**
 * An existing servlet application (a notes service on Jetty) that gains an MCP endpoint: its
 * own {@code /notes} servlet keeps working, and {@code /mcp} serves tools over the same store.
 *
 * <p>{@code java -jar embedded-servlet.jar --http [--port N]} starts the application;
 * without {@code --http} the same MCP server runs over stdio.
 */
public final class NotesApp implements AutoCloseable {

	record AddNote(@Description("The note's text") @NotBlank String text) {
	}

	private final Server jetty;

	private final McpServer mcp;

	private NotesApp(Server jetty, McpServer mcp) {
		this.jetty = jetty;
		this.mcp = mcp;
	}

	/** The MCP side of the application: tools over the application's own store. */
	static McpServer mcpServer(NoteStore store) {
		return McpServer.builder()
			.name("notes").version("1.0.0")
			.tool("add_note", "Stores a note", AddNote.class, (args, ctx) -> "note " + store.add(args.text()))
			.tool("list_notes", "Lists all notes", ctx -> store.all())
			.build();
	}

	/** Starts the application on {@code port} (0 = any free port), bound to 127.0.0.1. */
	public static NotesApp start(int port) throws Exception {
		NoteStore store = new NoteStore();
		McpServer mcp = mcpServer(store);

		Server jetty = new Server();
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		jetty.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler("/");
		context.addServlet(new ServletHolder(new NotesServlet(store)), "/notes");
		// the two lines that add MCP to an existing servlet application:
		ServletHolder mcpHolder = new ServletHolder(mcp.servlet(options -> options.path("/mcp")));
		mcpHolder.setAsyncSupported(true);
		context.addServlet(mcpHolder, "/mcp");

		jetty.setHandler(context);
		jetty.start();
		return new NotesApp(jetty, mcp);
	}

	public int port() {
		return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
	}

	@Override
	public void close() throws Exception {
		jetty.stop();
		mcp.close();
	}

	public static void main(String[] args) throws Exception {
		List<String> arguments = List.of(args);
		if (!arguments.contains("--http")) {
			mcpServer(new NoteStore()).run(args);
			return;
		}
		int index = arguments.indexOf("--port");
		int port = index >= 0 && index + 1 < args.length ? Integer.parseInt(args[index + 1]) : 8080;
		NotesApp app = start(port);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				app.close();
			}
			catch (Exception e) {
				// shutting down anyway
			}
		}));
		org.slf4j.LoggerFactory.getLogger(NotesApp.class)
			.info("notes app on http://127.0.0.1:{}/notes, MCP at http://127.0.0.1:{}/mcp", app.port(), app.port());
		app.jetty.join();
	}

}
