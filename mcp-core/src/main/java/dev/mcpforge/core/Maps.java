package dev.mcpforge.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, unmodifiable copies of JSON-like maps so definitions stay immutable. */
final class Maps {

	private Maps() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> deepCopy(Map<String, ?> source) {
		Map<String, Object> copy = new LinkedHashMap<>();
		source.forEach((key, value) -> copy.put(key, copyValue(value)));
		return Collections.unmodifiableMap(copy);
	}

	@SuppressWarnings("unchecked")
	private static Object copyValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			return deepCopy((Map<String, ?>) map);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(item -> copy.add(copyValue(item)));
			return Collections.unmodifiableList(copy);
		}
		return value;
	}

}
