package nl.voortgang.reporting.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.reporting.summary.ProgrammeSummaries.Cell;

/**
 * Counts per group (an action line, a ministry) and report status, in the columns of the reports'
 * legend. The reports show "Nog niet begonnen of afgebroken" as one column although the data keeps
 * the two apart, so a column is a report label and adds up every status that carries it; "Onbekend"
 * appears only when some entity has no known status. The chart is drawn from this same table.
 */
record StatusTable(String caption, String groupHeading, List<Column> columns, List<Row> rows, Row totals) {

    /** A report label, with the first status that carries it to choose its icon. */
    record Column(String status, String label) {
    }

    record Row(String group, String label, List<Long> counts, long total) {
    }

    private static final String UNKNOWN = "UNKNOWN";

    static List<Column> activityColumns() {
        List<Column> columns = new ArrayList<>();
        for (ActivityStatus status : ActivityStatus.values()) {
            add(columns, status.name(), status.reportLabel());
        }
        return columns;
    }

    static List<Column> followUpColumns() {
        List<Column> columns = new ArrayList<>();
        for (FollowUpStatus status : FollowUpStatus.values()) {
            add(columns, status.name(), status.reportLabel());
        }
        return columns;
    }

    static StatusTable of(String caption, String groupHeading, List<Column> legend, List<Cell> cells,
            Function<String, String> groupLabel) {
        List<Column> columns = legend.stream()
                .filter(column -> !column.status().equals(UNKNOWN) || cells.stream().anyMatch(c -> c.status().equals(UNKNOWN)))
                .toList();
        Map<String, Map<String, Long>> perGroup = new LinkedHashMap<>();
        for (Cell cell : cells) {
            perGroup.computeIfAbsent(cell.group(), group -> new LinkedHashMap<>()).merge(cell.statusLabel(), cell.count(), Long::sum);
        }
        List<Row> rows = perGroup.entrySet().stream()
                .map(entry -> row(entry.getKey(), groupLabel.apply(entry.getKey()), columns, entry.getValue())).toList();
        Map<String, Long> all = new LinkedHashMap<>();
        perGroup.values().forEach(counts -> counts.forEach((label, count) -> all.merge(label, count, Long::sum)));
        return new StatusTable(caption, groupHeading, columns, rows, row("totaal", "Totaal", columns, all));
    }

    private static Row row(String group, String label, List<Column> columns, Map<String, Long> countPerLabel) {
        List<Long> counts = columns.stream().map(column -> countPerLabel.getOrDefault(column.label(), 0L)).toList();
        return new Row(group, label, counts, counts.stream().mapToLong(Long::longValue).sum());
    }

    private static void add(List<Column> columns, String status, String label) {
        if (columns.stream().noneMatch(column -> column.label().equals(label))) {
            columns.add(new Column(status, label));
        }
    }
}
