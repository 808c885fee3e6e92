package dev.mcpforge.adapters.stateset.internal.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.mcpforge.core.ToolException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** CSV in and out through jackson-dataformat-csv (quoting, embedded commas and newlines done right). */
final class Csv {

	private static final CsvMapper CSV = new CsvMapper();

	private Csv() {
	}

	/** The rows of a CSV text with a header row, as column → value maps. */
	static List<Map<String, String>> rows(String text, int maxRows) {
		CsvSchema schema = CsvSchema.emptySchema().withHeader();
		try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(text)) {
			List<Map<String, String>> rows = new java.util.ArrayList<>();
			while (it.hasNext()) {
				if (rows.size() == maxRows) {
					throw new ToolException("The CSV has more than " + maxRows + " rows; split it or raise max_rows");
				}
				rows.add(it.next());
			}
			return rows;
		} catch (IOException | RuntimeException e) {
			if (e instanceof ToolException t) {
				throw t;
			}
			throw new ToolException("The CSV cannot be read: " + e.getMessage());
		}
	}

	/** CSV text with a header row of {@code fields}; objects and arrays are written as JSON. */
	static String write(List<String> fields, List<JsonNode> rows) {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
		fields.forEach(schema::addColumn);
		List<Map<String, String>> cells = rows.stream().map(row -> {
			Map<String, String> line = new java.util.LinkedHashMap<>();
			for (String f : fields) {
				JsonNode v = Matching.at(row, f);
				line.put(f, v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
			}
			return line;
		}).toList();
		try {
			return CSV.writer(schema.build()).writeValueAsString(cells);
		} catch (IOException e) {
			throw new ToolException("The results cannot be written as CSV: " + e.getMessage());
		}
	}
}
