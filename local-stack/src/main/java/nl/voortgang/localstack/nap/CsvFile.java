package nl.voortgang.localstack.nap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An RFC 4180 file with a header line, read with commons-csv as rows of named cells; quoted cells may hold line
 * breaks. Each row keeps the line it starts on, so that a load error points at the place in the file, and a row with
 * more or fewer cells than the header is refused rather than read into the wrong columns.
 */
record CsvFile(String name, List<Row> rows) {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    record Row(String file, int line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException(this + " has no column " + column);
            }
            return value.strip();
        }

        String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        List<String> list(String column) {
            return get(column).isEmpty() ? List.of()
                    : Arrays.stream(get(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public String toString() {
            return file + " line " + line;
        }
    }

    static CsvFile read(Path path) throws IOException {
        String name = path.getFileName().toString();
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(BYTE_ORDER_MARK.length());
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().stream().map(String::strip).toList();
            List<Row> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                int line = lineAt(text, record.getCharacterPosition());
                if (record.size() != header.size()) {
                    throw new IllegalArgumentException(name + " line " + line + " has " + record.size()
                            + " cells, the header has " + header.size());
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.put(header.get(c), record.get(c));
                }
                rows.add(new Row(name, line, cells));
            }
            return new CsvFile(name, rows);
        }
    }

    /** The line a person sees in an editor: one more than the line breaks before the position, also those in quotes. */
    private static int lineAt(String text, long position) {
        return 1 + (int) text.chars().limit(position).filter(c -> c == '\n').count();
    }
}
