package dev.mcpforge.core;

/**
 * One problem with a tool's arguments.
 *
 * @param path where, as a dotted path with indexes: {@code address.zip}, {@code items[2].sku};
 * empty for the arguments object itself
 * @param message why, e.g. "must not be blank"
 */
public record Violation(String path, String message) implements Comparable<Violation> {

	@Override
	public int compareTo(Violation other) {
		int byPath = path.compareTo(other.path);
		return byPath != 0 ? byPath : message.compareTo(other.message);
	}

	@Override
	public String toString() {
		return path.isEmpty() ? message : path + ": " + message;
	}

}
