package dev.mcpforge.server.internal;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Start-up work done on a second core while {@code build()} builds its mapper and generates schemas on
 * the first: SLF4J is set up, a Flux and a Mono pipeline run once, a random UUID is made (session ids),
 * and the SDK's JSON mapper reads an {@code initialize} request and writes its answer once. That loads
 * (and links) the few hundred SDK, Jackson and Reactor classes every transport needs for its first
 * request, so the main thread finds them loaded. Nothing is started, no state is kept, and a failure
 * changes nothing: the real first request loads what is missing.
 */
public final class StartupWarmUp {

	private static final AtomicBoolean STARTED = new AtomicBoolean();

	private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
			+ "{\"protocolVersion\":\"" + ProtocolVersions.MCP_2025_11_25 + "\",\"capabilities\":{},"
			+ "\"clientInfo\":{\"name\":\"warm-up\",\"version\":\"0\"}}}";

	private StartupWarmUp() {
	}

	/** Starts the warm-up once per JVM, on a daemon thread. */
	public static void startOnce() {
		if (!STARTED.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(StartupWarmUp::run, "mcpforge-startup-warmup");
		thread.setDaemon(true);
		thread.start();
	}

	private static void run() {
		try {
			// finding and configuring the SLF4J provider takes 0.1–0.2 s, paid by the first logger asked for
			org.slf4j.LoggerFactory.getILoggerFactory();
		}
		catch (RuntimeException | LinkageError e) {
			// the first logger asked for sets SLF4J up instead
		}
		try {
			// linking Flux loads the ≈ 150 operator classes it names; otherwise the first request pays that
			Flux.just(INITIALIZE).map(String::length).next().block();
			// session ids are random UUIDs: the first one sets up SecureRandom and the security providers
			UUID.randomUUID();
		}
		catch (RuntimeException | LinkageError e) {
			// the first request does this instead
		}
		try {
			McpJsonMapper json = McpJsonDefaults.getMapper();
			McpSchema.JSONRPCRequest request = (McpSchema.JSONRPCRequest) McpSchema.deserializeJsonRpcMessage(json,
					INITIALIZE);
			McpSchema.InitializeRequest initialize = json.convertValue(request.params(),
					McpSchema.InitializeRequest.class);
			McpSchema.InitializeResult result = new McpSchema.InitializeResult(initialize.protocolVersion(),
					McpSchema.ServerCapabilities.builder().tools(true).resources(true, true).prompts(true).logging()
						.completions().build(),
					new McpSchema.Implementation("warm-up", "0"), null);
			Mono.just(result)
				.map(r -> new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), r, null))
				.map(response -> {
					try {
						return json.writeValueAsString(response);
					}
					catch (java.io.IOException e) {
						throw new IllegalStateException(e);
					}
				})
				.onErrorResume(e -> Mono.empty())
				.block();
		}
		catch (RuntimeException | java.io.IOException | LinkageError e) {
			// only a warm-up: the first real request does this work itself
		}
	}

}
