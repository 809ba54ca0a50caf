package nl.voortgang.reporting.history;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.contracts.EventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The history rows of entities being written, and the logged events their timelines are folded from. */
@Repository
public class HistoryStore {

    record StoredInterval(Long rowId, Timeline.Interval interval, Instant recordedFrom, Instant recordedTo) {

        StoredInterval closedAt(Instant at) {
            return new StoredInterval(rowId, interval, recordedFrom, at.isBefore(recordedFrom) ? recordedFrom : at);
        }

        /**
         * Closed the instant it was recorded: when two commands on one entity are stored in the other order than the
         * times they were recorded at, the later-stored event closes the row no later than it opened. No query as known
         * at any moment sees such a row, and a rebuild, whose batches fall elsewhere, never writes it; so it is not kept.
         */
        boolean neverKnown() {
            return recordedFrom.equals(recordedTo);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    HistoryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Map<String, List<Timeline.Event>> loggedEvents(Collection<String> entityIds, long upToPosition) {
        Map<String, List<Timeline.Event>> events = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT position, aggregate_id, sequence_number, event_type, event_revision, payload::text AS payload
                        FROM event_log WHERE aggregate_id = ANY(:ids) AND position <= :upTo ORDER BY position""")
                .param("ids", entityIds.toArray(String[]::new))
                .param("upTo", upToPosition)
                .query(rs -> {
                    events.computeIfAbsent(rs.getString("aggregate_id"), id -> new ArrayList<>()).add(new Timeline.Event(
                            rs.getLong("position"), rs.getLong("sequence_number"), EventCodec.decode(
                            rs.getString("event_type"), rs.getInt("event_revision"),
                            rs.getString("payload").getBytes(StandardCharsets.UTF_8))));
                });
        return events;
    }

    Map<String, List<StoredInterval>> currentKnowledge(Collection<String> entityIds) {
        Map<String, List<StoredInterval>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, entity_type, entity_id, valid_from, valid_to, recorded_from, state::text AS state
                        FROM entity_history WHERE entity_id = ANY(:ids) AND recorded_to IS NULL ORDER BY valid_from""")
                .param("ids", entityIds.toArray(String[]::new))
                .query(rs -> {
                    rows.computeIfAbsent(rs.getString("entity_id"), id -> new ArrayList<>()).add(new StoredInterval(
                            rs.getLong("id"), new Timeline.Interval(rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            state(rs.getString("entity_type"), rs.getString("state"))),
                            rs.getTimestamp("recorded_from").toInstant(), null));
                });
        return rows;
    }

    void close(List<StoredInterval> closed) {
        template.batchUpdate("UPDATE entity_history SET recorded_to = ? WHERE id = ?", closed, 500, (ps, row) -> {
            ps.setTimestamp(1, Timestamp.from(row.recordedTo()));
            ps.setLong(2, row.rowId());
        });
    }

    void delete(List<StoredInterval> neverKnown) {
        template.batchUpdate("DELETE FROM entity_history WHERE id = ?", neverKnown, 500,
                (ps, row) -> ps.setLong(1, row.rowId()));
    }

    void insert(List<StoredInterval> added) {
        template.batchUpdate("""
                INSERT INTO entity_history (entity_type, entity_id, valid_from, valid_to, recorded_from, recorded_to,
                    version, action_line, status, responsible, due_date, slips, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""", added, 500, HistoryStore::bind);
    }

    /** Reads a history row's state column; public for the reports, which query the same rows. */
    public static EntityState state(String entityType, String json) {
        Class<? extends EntityState> stateType = EntityType.valueOf(entityType) == EntityType.ACTIVITY
                ? ActivityState.class : FollowUpState.class;
        return JSON.readValue(json, stateType);
    }

    private static void bind(PreparedStatement ps, StoredInterval row) throws SQLException {
        EntityState state = row.interval().state();
        ps.setString(1, state.type().name());
        ps.setString(2, state.id());
        ps.setObject(3, row.interval().validFrom());
        ps.setObject(4, row.interval().validTo(), Types.DATE);
        ps.setTimestamp(5, Timestamp.from(row.recordedFrom()));
        ps.setTimestamp(6, row.recordedTo() == null ? null : Timestamp.from(row.recordedTo()));
        ps.setLong(7, state.version());
        if (state instanceof ActivityState activity) {
            ps.setInt(8, activity.actionLine());
            ps.setObject(11, null, Types.DATE);
            ps.setInt(12, activity.slips());
        } else {
            FollowUpState followUp = (FollowUpState) state;
            ps.setNull(8, Types.INTEGER);
            ps.setObject(11, followUp.dueDate(), Types.DATE);
            ps.setInt(12, 0);
        }
        ps.setString(9, state.status());
        ps.setArray(10, ps.getConnection().createArrayOf("text", state.responsible().toArray()));
        ps.setString(13, JSON.writeValueAsString(state));
    }
}
