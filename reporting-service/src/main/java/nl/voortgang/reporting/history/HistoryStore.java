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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.contracts.EventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

    /**
     * The logged events of the entities up to a position, decoded. Within one transaction (a consumed batch, which the
     * history and the live projection both fold) each entity's events are read and decoded once: the event log only
     * grows there by the batch's own events, which are inserted before any projection asks.
     */
    Map<String, List<Timeline.Event>> loggedEvents(Collection<String> entityIds, long upToPosition) {
        Map<String, LoggedUpTo> decoded = decodedInThisTransaction();
        List<String> missing = entityIds.stream()
                .filter(id -> !decoded.containsKey(id) || decoded.get(id).upTo() < upToPosition).toList();
        if (!missing.isEmpty()) {
            Map<String, List<Timeline.Event>> read = readLoggedEvents(missing, upToPosition);
            missing.forEach(id -> decoded.put(id, new LoggedUpTo(upToPosition, read.getOrDefault(id, List.of()))));
        }
        Map<String, List<Timeline.Event>> events = new LinkedHashMap<>();
        for (String id : entityIds) {
            LoggedUpTo logged = decoded.get(id);
            List<Timeline.Event> upTo = logged.upTo() == upToPosition ? logged.events()
                    : logged.events().stream().filter(e -> e.position() <= upToPosition).toList();
            if (!upTo.isEmpty()) {
                events.put(id, upTo);
            }
        }
        return events;
    }

    private record LoggedUpTo(long upTo, List<Timeline.Event> events) {
    }

    @SuppressWarnings("unchecked")
    private Map<String, LoggedUpTo> decodedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, LoggedUpTo> decoded = (Map<String, LoggedUpTo>) TransactionSynchronizationManager.getResource(this);
        if (decoded == null) {
            decoded = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, decoded);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HistoryStore.this);
                }
            });
        }
        return decoded;
    }

    private Map<String, List<Timeline.Event>> readLoggedEvents(Collection<String> entityIds, long upToPosition) {
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

    /**
     * The rows known now of each entity that end on or after the given date (or do not end): the only ones that events
     * dated on or after it can change.
     */
    Map<String, List<StoredInterval>> currentKnowledge(Map<String, LocalDate> changedFrom) {
        Map<String, List<StoredInterval>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT h.id, h.entity_type, h.entity_id, h.valid_from, h.valid_to, h.recorded_from, h.state::text AS state
                        FROM entity_history h
                        JOIN unnest(CAST(:ids AS varchar[]), CAST(:froms AS date[])) AS changed(entity_id, changed_from)
                          ON h.entity_id = changed.entity_id
                        WHERE h.recorded_to IS NULL AND (h.valid_to IS NULL OR h.valid_to >= changed.changed_from)
                        ORDER BY h.valid_from""")
                .param("ids", changedFrom.keySet().toArray(String[]::new))
                .param("froms", changedFrom.values().stream().map(LocalDate::toString).toArray(String[]::new))
                .query(rs -> {
                    rows.computeIfAbsent(rs.getString("entity_id"), id -> new ArrayList<>()).add(new StoredInterval(
                            rs.getLong("id"), new Timeline.Interval(rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            state(rs.getString("entity_type"), rs.getString("state"))),
                            rs.getTimestamp("recorded_from").toInstant(), null));
                });
        return rows;
    }

    /** Whether the interval ends on or after the date, or does not end: the rows {@link #currentKnowledge} reads. */
    static boolean endsOnOrAfter(Timeline.Interval interval, LocalDate date) {
        return interval.validTo() == null || !interval.validTo().isBefore(date);
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
