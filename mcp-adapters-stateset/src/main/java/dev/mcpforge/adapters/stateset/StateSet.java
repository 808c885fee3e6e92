package dev.mcpforge.adapters.stateset;

import dev.mcpforge.adapters.stateset.internal.catalogue.Catalogue;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.adapters.stateset.internal.prompts.StateSetPrompts;
import dev.mcpforge.adapters.stateset.internal.resources.StateSetResources;
import dev.mcpforge.adapters.stateset.internal.client.StateSetSettings;
import dev.mcpforge.adapters.stateset.internal.tools.BatchTools;
import dev.mcpforge.adapters.stateset.internal.tools.CheckoutTools;
import dev.mcpforge.adapters.stateset.internal.tools.LocalTools;
import dev.mcpforge.adapters.stateset.internal.tools.ToolKind;
import dev.mcpforge.adapters.stateset.internal.tools.OperationTools;
import dev.mcpforge.adapters.stateset.internal.tools.SearchHistory;
import dev.mcpforge.adapters.stateset.internal.tools.SearchTools;
import dev.mcpforge.core.upstream.UpstreamClient;
import dev.mcpforge.server.McpServerBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import dev.mcpforge.server.PromptSpec;
import dev.mcpforge.server.ResourceTemplateSpec;
import dev.mcpforge.server.ToolSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The StateSet commerce adapter: 220 tools, 18 resource templates and 4 prompts over the StateSet REST API, ready to
 * add to any server.
 *
 * <pre>{@code
 * StateSet stateset = StateSet.builder().fromEnvironment().build();
 * McpServer server = stateset.addTo(McpServer.builder().name("stateset")).build();
 * }</pre>
 */
public final class StateSet implements AutoCloseable {

	private final UpstreamClient upstream;
	private final ExecutorService batchExecutor;
	private final List<ToolSpec> tools;
	private final List<ResourceTemplateSpec> templates;
	private final List<PromptSpec> prompts;

	private StateSet(Builder b) {
		this.upstream = b.settings.upstream(b.customizer);
		this.batchExecutor = Executors.newFixedThreadPool(b.settings.batchConcurrency(), daemonThreads());
		StateSetApi api = new StateSetApi(upstream);
		SearchHistory history = new SearchHistory();
		List<ToolSpec> all = new ArrayList<>();
		Catalogue.operations().forEach(op -> all.add(OperationTools.toolSpec(op, api)));
		all.add(new CheckoutTools(api).spec());
		all.addAll(new SearchTools(api, history).specs());
		all.addAll(new BatchTools(api, batchExecutor, b.settings.importDirectory()).specs());
		Map<String, String> categories = new TreeMap<>();
		all.forEach(t -> categories.put(t.name(), ToolKind.of(t.name()).category()));
		all.addAll(LocalTools.specs(upstream, categories));
		this.tools = List.copyOf(all);
		this.templates = StateSetResources.templates(api);
		this.prompts = StateSetPrompts.prompts(api);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Adds every tool, resource template and prompt to the server being built, and returns it. */
	public McpServerBuilder addTo(McpServerBuilder server) {
		tools.forEach(server::tool);
		templates.forEach(server::resourceTemplate);
		prompts.forEach(server::prompt);
		return server;
	}

	public List<ToolSpec> tools() {
		return tools;
	}

	public List<ResourceTemplateSpec> resourceTemplates() {
		return templates;
	}

	public List<PromptSpec> prompts() {
		return prompts;
	}

	/** The HTTP client all tools share: its {@code stats()} show limits, breaker, cache and request counts. */
	public UpstreamClient upstream() {
		return upstream;
	}

	@Override
	public void close() {
		batchExecutor.shutdownNow();
		upstream.close();
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		return r -> {
			Thread t = new Thread(r, "stateset-batch");
			t.setDaemon(true);
			return t;
		};
	}

	/** Configures a {@link StateSet}; {@link #baseUrl} and {@link #apiKey} or {@link #fromEnvironment()} are needed. */
	public static final class Builder {

		private StateSetSettings settings = StateSetSettings.defaults();
		private Consumer<UpstreamClient.Builder> customizer = b -> {
		};

		private Builder() {
		}

		/** Reads {@code STATESET_API_KEY}, {@code STATESET_BASE_URL} and the tuning variables (see the docs). */
		public Builder fromEnvironment() {
			return fromEnvironment(System.getenv());
		}

		public Builder fromEnvironment(java.util.Map<String, String> env) {
			this.settings = StateSetSettings.fromEnvironment(env);
			return this;
		}

		/** The API root, e.g. {@code https://api.stateset.io/v1} or a sandbox's {@code baseUrl()}. */
		public Builder baseUrl(String baseUrl) {
			settings = settings.withBaseUrl(Objects.requireNonNull(baseUrl));
			return this;
		}

		public Builder apiKey(String apiKey) {
			settings = settings.withApiKey(Objects.requireNonNull(apiKey));
			return this;
		}

		/** Where {@code stateset_csv_import} may read files; off by default (inline CSV only). */
		public Builder importDirectory(Path directory) {
			settings = settings.withImportDirectory(directory.toAbsolutePath().normalize());
			return this;
		}

		/** Publishes the client's request timer, breaker, rate limiters and cache to this registry. */
		public Builder meterRegistry(MeterRegistry registry) {
			Objects.requireNonNull(registry);
			return upstream(b -> b.meterRegistry(registry));
		}

		/** Changes the upstream client after the StateSet defaults are applied (limits, retries, cache, metrics). */
		public Builder upstream(Consumer<UpstreamClient.Builder> changes) {
			this.customizer = this.customizer.andThen(Objects.requireNonNull(changes));
			return this;
		}

		public StateSet build() {
			return new StateSet(this);
		}
	}
}
