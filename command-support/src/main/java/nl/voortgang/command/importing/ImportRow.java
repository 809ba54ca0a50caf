package nl.voortgang.command.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One row of an uploaded file, numbered as the person who made the file sees it. */
public record ImportRow(int number, Map<String, String> cells) {

    public String text(String column) {
        String value = cells.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    public List<String> list(String column) {
        String value = text(column);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
