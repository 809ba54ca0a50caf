package nl.voortgang.reporting.live;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the live feed after a position. Each read is one statement, so the generation, the head
 * and the page come from the same schema and the same snapshot: a switch between two reads cannot
 * pass positions of one generation off as another's.
 */
@Repository
class LiveChanges {

    /** The changes after a position: the generation read, its head, and up to one page of matching changes. */
    record Page(String generation, long head, List<Change> changes) {

        StreamPosition headPosition() {
            return new StreamPosition(generation, head);
        }
    }

    /** A change message with the trace context of the command that made it (none for changes from before tracing). */
    record Change(ChangeMessage message, String traceparent) {
    }

    private final JdbcClient jdbc;

    LiveChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StreamPosition head() {
        return jdbc.sql("SELECT generation, (SELECT coalesce(max(position), 0) FROM live_change) AS head FROM live_generation")
                .query((rs, n) -> new StreamPosition(rs.getString("generation"), rs.getLong("head"))).single();
    }

    Page after(long position, ChangeFilter filter, int size) {
        List<Change> changes = new ArrayList<>(size);
        String[] generation = new String[1];
        long[] head = new long[1];
        jdbc.sql("""
                        SELECT g.generation, (SELECT coalesce(max(position), 0) FROM live_change) AS head, c.*,
                            c.changes::text AS changes_json
                        FROM live_generation g LEFT JOIN LATERAL (
                            SELECT * FROM live_change
                            WHERE position > :after
                              AND (CAST(:actionLine AS integer) IS NULL OR action_line = :actionLine)
                              AND (CAST(:responsible AS text) IS NULL OR concerned @> ARRAY[CAST(:responsible AS text)])
                              AND (CAST(:entityType AS varchar) IS NULL OR entity_type = :entityType)
                              AND (CAST(:entityId AS varchar) IS NULL OR entity_id = :entityId)
                            ORDER BY position LIMIT :size) c ON true
                        ORDER BY c.position""")
                .param("after", position)
                .param("actionLine", filter.actionLine())
                .param("responsible", filter.responsible())
                .param("entityType", filter.entityType() == null ? null : filter.entityType().name())
                .param("entityId", filter.entityId())
                .param("size", size)
                .query(rs -> {
                    generation[0] = rs.getString("generation");
                    head[0] = rs.getLong("head");
                    if (rs.getObject("position") != null) {
                        changes.add(new Change(new ChangeMessage(rs.getLong("position"), rs.getString("entity_type"),
                                rs.getString("entity_id"), rs.getString("code"), rs.getString("title"),
                                (Integer) rs.getObject("action_line"), List.of((String[]) rs.getArray("responsible").getArray()),
                                rs.getString("event_type"), rs.getString("actor"), rs.getString("actor_name"),
                                rs.getTimestamp("recorded_at").toInstant().toString(),
                                rs.getObject("effective_date", LocalDate.class).toString(),
                                rs.getString("explanation"), LiveJson.JSON.readTree(rs.getString("changes_json")),
                                rs.getString("status"), rs.getString("status_label"), rs.getLong("version")),
                                rs.getString("traceparent")));
                    }
                });
        return new Page(generation[0], head[0], changes);
    }
}
