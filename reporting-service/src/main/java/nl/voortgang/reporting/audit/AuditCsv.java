package nl.voortgang.reporting.audit;

import nl.voortgang.contracts.FieldChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. After the entries, one line
 * per ledger digest the export rests on, its first field "# ledger".
 */
final class AuditCsv {

    private static final List<String> HEADER = List.of("position", "recorded_at", "effective_date", "actor",
            "actor_name", "entity_type", "entity_id", "version", "event_type", "responsible", "changes", "explanation", "event_id");

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    void write(AuditEntry entry) {
        line(List.of(Long.toString(entry.position()), entry.recordedAt().toString(), entry.effectiveDate().toString(),
                entry.actor(), entry.actorName() == null ? "" : entry.actorName(), entry.entityType(), entry.entityId(), Long.toString(entry.version()), entry.eventType(),
                String.join(" ", entry.responsible()), changes(entry.changes()),
                entry.explanation() == null ? "" : entry.explanation(), entry.eventId()));
    }

    void ledger(String digest) {
        line(List.of("# ledger", digest));
    }

    private static String changes(List<FieldChange> changes) {
        return changes.stream().map(c -> c.field() + ": " + text(c.before()) + " -> " + text(c.after()))
                .collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        return value == null ? "-" : value instanceof String s ? s : AuditJson.JSON.writeValueAsString(value);
    }

    private void line(List<String> fields) {
        try {
            out.write(fields.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
