package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpforge.adapters.stateset.internal.client.StateSetApi;
import dev.mcpforge.core.McpJson;
import dev.mcpforge.core.ToolException;
import dev.mcpforge.core.upstream.UpstreamRequest;
import dev.mcpforge.server.ToolSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one mechanism behind every catalogue row: bound arguments → path variables, then query (reads and deletes) or
 * JSON body (writes) → one upstream call → the entity or page as the tool result.
 */
public final class OperationTools {

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");
	private static final ObjectMapper MAPPER = McpJson.newMapper();

	private OperationTools() {
	}

	public static ToolSpec toolSpec(Operation op, StateSetApi api) {
		ToolSpec spec = op.argumentsType() == null
				? ToolSpec.of(op.name(), ctx -> api.call(request(op, MAPPER.createObjectNode())))
				: ToolSpec.of(op.name(), op.argumentsType(),
						(args, ctx) -> api.call(request(op, MAPPER.valueToTree(args))));
		return spec.description(op.description()).hints(op.hints());
	}

	/** The upstream request for one call of {@code op} with these (already validated) arguments. */
	public static UpstreamRequest request(Operation op, ObjectNode arguments) {
		ObjectNode rest = arguments.deepCopy();
		removeNulls(rest);
		String path = expand(choosePath(op, rest), rest);
		UpstreamRequest request;
		if (op.method().equals("GET") || op.method().equals("DELETE")) {
			request = UpstreamRequest.of(op.method(), path, null);
			for (Map.Entry<String, JsonNode> e : rest.properties()) {
				request = request.query(e.getKey(), queryValue(e.getValue()));
			}
		} else {
			op.fixedBody().forEach((k, v) -> rest.set(k, MAPPER.valueToTree(v)));
			request = UpstreamRequest.of(op.method(), path, rest);
		}
		return request.category(op.kind().category());
	}

	private static String choosePath(Operation op, ObjectNode args) {
		for (String path : op.paths()) {
			if (variables(path).stream().allMatch(args::hasNonNull)) {
				return path;
			}
		}
		throw new ToolException(op.name() + " needs " + op.paths().stream()
				.map(p -> String.join(" and ", variables(p))).collect(Collectors.joining(" or ")));
	}

	private static String expand(String path, ObjectNode args) {
		Matcher m = VARIABLE.matcher(path);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = args.remove(m.group(1)).asText();
			m.appendReplacement(out, Matcher.quoteReplacement(segment(value)));
		}
		return m.appendTail(out).toString();
	}

	/** One path segment, percent-encoded (an id with a slash or space stays one segment). */
	public static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static List<String> variables(String path) {
		List<String> names = new ArrayList<>();
		Matcher m = VARIABLE.matcher(path);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private static String queryValue(JsonNode value) {
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach(v -> parts.add(v.asText()));
			return String.join(",", parts);
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}

	private static void removeNulls(ObjectNode node) {
		node.properties().removeIf(e -> e.getValue().isNull());
	}
}
