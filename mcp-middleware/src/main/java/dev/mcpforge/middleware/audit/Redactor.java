package dev.mcpforge.middleware.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces secrets with {@value #REDACTED} before anything is logged or audited: fields whose
 * name looks like password, passwd, secret, token, apiKey / api_key / api-key, credential or
 * authorization (case-insensitive, at any depth), the headers {@code authorization},
 * {@code proxy-authorization}, {@code x-api-key}, {@code cookie} and {@code set-cookie}, and any
 * string value that starts with {@code Bearer } or {@code Basic }.
 */
public final class Redactor {

	public static final String REDACTED = "[REDACTED]";

	private static final Pattern SENSITIVE_NAME = Pattern
		.compile("(?i).*(password|passwd|secret|token|api[-_]?key|credential|authorization|private[-_]?key).*");

	private static final Pattern CREDENTIAL_VALUE = Pattern.compile("(?i)^\\s*(bearer|basic)\\s+\\S+.*");

	private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "proxy-authorization", "x-api-key",
			"cookie", "set-cookie");

	private Redactor() {
	}

	/** Whether a field or header named {@code name} holds a secret. */
	public static boolean isSensitive(String name) {
		return name != null && (SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT))
				|| SENSITIVE_NAME.matcher(name).matches());
	}

	/** A copy of {@code arguments} with secrets redacted, nested maps and lists included. */
	public static Map<String, Object> arguments(Map<String, ?> arguments) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (arguments != null) {
			arguments.forEach((k, v) -> out.put(k, isSensitive(k) ? REDACTED : value(v)));
		}
		return out;
	}

	/** A copy of {@code headers} with secret headers redacted. */
	public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		if (headers != null) {
			headers.forEach((k, v) -> out.put(k, isSensitive(k) ? List.of(REDACTED)
					: v == null ? List.of() : v.stream().map(s -> (String) value(s)).toList()));
		}
		return out;
	}

	private static Object value(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), isSensitive(String.valueOf(k)) ? REDACTED : value(v)));
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			list.forEach(v -> out.add(value(v)));
			return out;
		}
		if (value instanceof String s && CREDENTIAL_VALUE.matcher(s).matches()) {
			return REDACTED;
		}
		return value;
	}

}
