package dev.mcpforge.client;

import dev.mcpforge.core.ToolException;
import dev.mcpforge.server.McpServer;
import dev.mcpforge.server.ToolSpec;

/** The server the client tests talk to; also runnable as a stdio child process. */
public final class TestServers {

	public record Point(int x, int y) {
	}

	public record Shift(int dx, int dy) {
	}

	private TestServers() {
	}

	static McpServer create() {
		return McpServer.builder()
			.name("client-test-server")
			.version("2.0.0")
			.tool(ToolSpec.of("move", Shift.class, (shift, ctx) -> new Point(1 + shift.dx(), 1 + shift.dy()))
				.description("Moves the point (1,1)")
				.output(Point.class))
			.tool("whoami", "Echoes the X-User header", ctx -> ctx.header("x-user").orElse("nobody"))
			.tool("fail", "Always fails", ctx -> {
				throw new ToolException("out of stock");
			})
			.build();
	}

	public static void main(String[] args) {
		create().run(args);
	}

}
