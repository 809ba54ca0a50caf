package nl.voortgang.localstack.nap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 4180 file with a header line, read as rows of named cells; quoted cells may hold line breaks. */
record CsvFile(String name, List<Row> rows) {

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
                    : java.util.Arrays.stream(get(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public String toString() {
            return file + " line " + line;
        }
    }

    static CsvFile read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                startLines.add(recordStart);
                record = new ArrayList<>();
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            startLines.add(recordStart);
        }
        String name = path.getFileName().toString();
        List<String> header = records.getFirst();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() == 1 && values.getFirst().isBlank()) {
                continue;
            }
            if (values.size() != header.size()) {
                throw new IllegalArgumentException(name + " line " + startLines.get(r) + " has " + values.size()
                        + " cells, the header has " + header.size());
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c).strip(), values.get(c));
            }
            rows.add(new Row(name, startLines.get(r), cells));
        }
        return new CsvFile(name, rows);
    }
}
