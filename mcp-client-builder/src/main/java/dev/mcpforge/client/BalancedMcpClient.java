package dev.mcpforge.client;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * A client over several endpoints serving the same tools. Calls go to a healthy endpoint chosen by
 * the {@link Balancing} strategy. An endpoint whose connection fails is ejected; a background probe
 * re-admits it once it answers a ping again. A call that fails on a dead endpoint is retried on
 * another one only when it is safe to repeat: tools marked read-only or idempotent, resource reads,
 * prompts and pings. Other calls fail with the {@link McpTransportException}.
 */
final class BalancedMcpClient implements McpClient {

	private final List<Endpoint> endpoints;

	private final Balancing balancing;

	private final AtomicLong turn = new AtomicLong();

	private final ScheduledExecutorService prober;

	private volatile Map<String, Boolean> safeToRetry = Map.of();

	BalancedMcpClient(List<Endpoint> endpoints, Balancing balancing, Duration healthCheckInterval) {
		this.endpoints = List.copyOf(endpoints);
		this.balancing = balancing;
		this.prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "mcpforge-client-health");
			thread.setDaemon(true);
			return thread;
		});
		long millis = healthCheckInterval.toMillis();
		prober.scheduleWithFixedDelay(this::probeEjected, millis, millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public List<EndpointStatus> endpoints() {
		return endpoints.stream().map(Endpoint::status).toList();
	}

	@Override
	public McpSchema.Implementation serverInfo() {
		return route(true, McpClient::serverInfo);
	}

	@Override
	public McpSchema.ServerCapabilities serverCapabilities() {
		return route(true, McpClient::serverCapabilities);
	}

	@Override
	public List<McpSchema.Tool> tools() {
		List<McpSchema.Tool> tools = route(true, McpClient::tools);
		Map<String, Boolean> safe = new java.util.HashMap<>();
		for (McpSchema.Tool tool : tools) {
			McpSchema.ToolAnnotations hints = tool.annotations();
			safe.put(tool.name(), hints != null
					&& (Boolean.TRUE.equals(hints.readOnlyHint()) || Boolean.TRUE.equals(hints.idempotentHint())));
		}
		safeToRetry = Map.copyOf(safe);
		return tools;
	}

	@Override
	public McpSchema.CallToolResult call(String tool, Object arguments) {
		if (!safeToRetry.containsKey(tool)) {
			tools();
		}
		return route(safeToRetry.getOrDefault(tool, false), client -> client.call(tool, arguments));
	}

	@Override
	public <T> T call(String tool, Object arguments, Class<T> resultType) {
		if (!safeToRetry.containsKey(tool)) {
			tools();
		}
		return route(safeToRetry.getOrDefault(tool, false), client -> client.call(tool, arguments, resultType));
	}

	@Override
	public McpSchema.ReadResourceResult read(String uri) {
		return route(true, client -> client.read(uri));
	}

	@Override
	public McpSchema.GetPromptResult prompt(String name, Map<String, String> arguments) {
		return route(true, client -> client.prompt(name, arguments));
	}

	@Override
	public void ping() {
		route(true, client -> {
			client.ping();
			return null;
		});
	}

	@Override
	public McpSyncClient sdk() {
		return route(true, McpClient::sdk);
	}

	@Override
	public void close() {
		prober.shutdownNow();
		endpoints.forEach(Endpoint::close);
	}

	private <T> T route(boolean failover, Function<McpClient, T> call) {
		Set<Endpoint> tried = new HashSet<>();
		McpTransportException last = null;
		while (true) {
			Endpoint endpoint = pick(tried);
			if (endpoint == null) {
				throw last != null ? last
						: new McpTransportException("no healthy endpoint among " + names(), null);
			}
			endpoint.outstanding.incrementAndGet();
			try {
				return call.apply(endpoint.client());
			}
			catch (McpTransportException e) {
				endpoint.eject();
				tried.add(endpoint);
				last = e;
				if (!failover) {
					throw e;
				}
			}
			finally {
				endpoint.outstanding.decrementAndGet();
			}
		}
	}

	private Endpoint pick(Set<Endpoint> excluded) {
		List<Endpoint> candidates = endpoints.stream().filter(e -> e.healthy() && !excluded.contains(e)).toList();
		if (candidates.isEmpty()) {
			return null;
		}
		long next = turn.getAndIncrement();
		return switch (balancing) {
			case ROUND_ROBIN -> candidates.get((int) Math.floorMod(next, (long) candidates.size()));
			case LEAST_OUTSTANDING -> {
				int fewest = candidates.stream().mapToInt(e -> e.outstanding.get()).min().orElse(0);
				List<Endpoint> idle = candidates.stream().filter(e -> e.outstanding.get() == fewest).toList();
				yield idle.get((int) Math.floorMod(next, (long) idle.size()));
			}
			case WEIGHTED -> {
				int total = candidates.stream().mapToInt(e -> e.weight).sum();
				long slot = Math.floorMod(next, (long) total);
				Endpoint chosen = candidates.get(0);
				for (Endpoint candidate : candidates) {
					if (slot < candidate.weight) {
						chosen = candidate;
						break;
					}
					slot -= candidate.weight;
				}
				yield chosen;
			}
		};
	}

	private void probeEjected() {
		endpoints.stream().filter(e -> !e.healthy()).forEach(Endpoint::probe);
	}

	private List<String> names() {
		return endpoints.stream().map(e -> e.name).toList();
	}

}
