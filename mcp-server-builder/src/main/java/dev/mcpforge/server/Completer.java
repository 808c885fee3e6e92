package dev.mcpforge.server;

import java.util.List;
import java.util.Map;

/**
 * Suggests values for a prompt argument or resource-template variable
 * ({@code completion/complete}). At most 100 values are sent; the rest are reported as
 * {@code hasMore}.
 */
@FunctionalInterface
public interface Completer {

	/**
	 * @param prefix what the user has typed so far
	 * @param resolved arguments the user has already filled in
	 */
	List<String> complete(String prefix, Map<String, String> resolved) throws Exception;

}
