package dev.mcpforge.adapters.stateset.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Loads the seed catalogue ({@code seed.json} next to {@code StateSetSandbox}: family name → entities) into a store. */
public final class SeedData {

	public static final String RESOURCE = "/dev/mcpforge/adapters/stateset/sandbox/seed.json";

	private SeedData() {
	}

	public static void load(EntityStore store) {
		try (InputStream in = SeedData.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("seed resource missing: " + RESOURCE);
			}
			JsonNode root = store.mapper().readTree(in);
			for (Map.Entry<String, JsonNode> family : root.properties()) {
				for (JsonNode entity : family.getValue()) {
					store.insert(family.getKey(), ((ObjectNode) entity).deepCopy());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
