package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** What the search tools found (kept an hour, for export) and the searches users saved by name. */
public final class SearchHistory {

	private final Cache<String, List<JsonNode>> results = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofHours(1)).maximumSize(200).build();
	private final Map<String, Map<String, Object>> saved = new ConcurrentHashMap<>();

	/** Keeps the hits and returns the id to export them by. */
	public String remember(List<JsonNode> hits) {
		String id = "search-" + UUID.randomUUID().toString().substring(0, 8);
		results.put(id, List.copyOf(hits));
		return id;
	}

	public Optional<List<JsonNode>> results(String searchId) {
		return Optional.ofNullable(results.getIfPresent(searchId));
	}

	public void save(String name, Map<String, Object> params) {
		saved.put(name, Map.copyOf(params));
	}

	public Optional<Map<String, Object>> load(String name) {
		return Optional.ofNullable(saved.get(name));
	}

	public boolean delete(String name) {
		return saved.remove(name) != null;
	}

	public Map<String, Map<String, Object>> saved() {
		return new TreeMap<>(saved);
	}
}
