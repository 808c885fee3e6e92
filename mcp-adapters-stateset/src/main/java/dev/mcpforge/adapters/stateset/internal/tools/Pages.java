package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.core.upstream.UpstreamRequest;
import java.util.ArrayList;
import java.util.List;

/** Reads StateSet's paged lists ({@code {"items": [...], "total_pages": n}}) for the tools that combine them. */
final class Pages {

	/** Upper bound of pages a search reads, so a search over a huge account stays a bounded number of calls. */
	static final int MAX_PAGES = 10;
	static final int PAGE_SIZE = 100;

	private Pages() {
	}

	static List<JsonNode> items(JsonNode page) {
		List<JsonNode> items = new ArrayList<>();
		page.path("items").forEach(items::add);
		return items;
	}

	/** Every item of a list (up to {@link #MAX_PAGES} pages of {@link #PAGE_SIZE}), with optional text search. */
	static List<JsonNode> all(StateSetApi api, String path, String search, String category) {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			JsonNode result = api.call(UpstreamRequest.get(path).query("search", blankToNull(search))
					.query("page", page).query("limit", PAGE_SIZE).category(category));
			all.addAll(items(result));
			if (page >= result.path("total_pages").asInt(1)) {
				break;
			}
		}
		return all;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
