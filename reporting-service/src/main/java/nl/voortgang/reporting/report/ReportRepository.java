package nl.voortgang.reporting.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.FieldChange;
import nl.voortgang.reporting.history.ActivityState;
import nl.voortgang.reporting.history.EntityState;
import nl.voortgang.reporting.history.FollowUpState;
import nl.voortgang.reporting.history.HistoryStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three questions the reports ask, one query each, all on the read models' indexes: the
 * history's date/knowledge GiST index for the annexes, the audit trail's effective-date and
 * recorded-at indexes for the changes.
 */
@Repository
class ReportRepository {

    private static final String ON_DATE_AS_KNOWN = """
            daterange(valid_from, valid_to) @> CAST(:date AS date)
            AND tstzrange(recorded_from, recorded_to) @> CAST(:knownAt AS timestamptz)""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One entry of the audit trail with the entity as it stood at the end of the period. */
    record ChangeEntry(String entityType, String entityId, String eventType, String actor, Instant recordedAt,
            LocalDate effectiveDate, String explanation, List<FieldChange> changes, EntityState entity) {
    }

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ActivityState> activities(ReportQuery query) {
        return jdbc.sql("SELECT entity_type, state::text AS state FROM entity_history WHERE entity_type = 'ACTIVITY' AND "
                        + ON_DATE_AS_KNOWN + " AND state->>'programme' = :programme ORDER BY action_line, state->>'code', entity_id")
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .param("programme", query.programme())
                .query((rs, n) -> (ActivityState) HistoryStore.state(rs.getString("entity_type"), rs.getString("state")))
                .list();
    }

    List<FollowUpState> followUps(ReportQuery query) {
        return jdbc.sql("SELECT entity_type, state::text AS state FROM entity_history WHERE entity_type IN ('MOTIE', 'TOEZEGGING') AND "
                        + ON_DATE_AS_KNOWN + """
                         AND state->>'programme' = :programme
                        ORDER BY entity_type, state->>'kamerstuk' NULLS LAST, state->>'adoptedDate', entity_id""")
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .param("programme", query.programme())
                .query((rs, n) -> (FollowUpState) HistoryStore.state(rs.getString("entity_type"), rs.getString("state")))
                .list();
    }

    /**
     * The entries of the given types that hold from a day after {@code from} up to and including
     * {@code to}, and the ones recorded after {@code from} that hold from before it (back-dated
     * corrections), as known at {@code knownAt}, in the order they hold.
     */
    List<ChangeEntry> changes(String programme, LocalDate from, LocalDate to, Instant fromRecorded, Instant knownAt,
            List<String> eventTypes) {
        return jdbc.sql("""
                        SELECT a.entity_type, a.entity_id, a.event_type, a.actor, a.recorded_at, a.effective_date,
                            a.explanation, a.changes::text AS changes, h.entity_type AS state_type, h.state::text AS state
                        FROM audit_entry a
                        JOIN LATERAL (
                            SELECT entity_type, state FROM entity_history h
                            WHERE h.entity_id = a.entity_id
                              AND daterange(h.valid_from, h.valid_to) @> CAST(:to AS date)
                              AND tstzrange(h.recorded_from, h.recorded_to) @> CAST(:knownAt AS timestamptz)
                            LIMIT 1) h ON true
                        WHERE a.event_type = ANY(:types)
                          AND a.recorded_at <= CAST(:knownAt AS timestamptz)
                          AND h.state->>'programme' = :programme
                          AND ((a.effective_date > CAST(:from AS date) AND a.effective_date <= CAST(:to AS date))
                               OR (a.effective_date <= CAST(:from AS date) AND a.recorded_at > CAST(:fromRecorded AS timestamptz)))
                        ORDER BY a.effective_date, a.recorded_at, a.position""")
                .param("types", eventTypes.toArray(String[]::new))
                .param("from", from)
                .param("to", to)
                .param("fromRecorded", Timestamp.from(fromRecorded))
                .param("knownAt", Timestamp.from(knownAt))
                .param("programme", programme)
                .query((rs, n) -> new ChangeEntry(rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getString("event_type"), rs.getString("actor"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getObject("effective_date", LocalDate.class), rs.getString("explanation"),
                        JSON.readValue(rs.getString("changes"), new TypeReference<List<FieldChange>>() {
                        }),
                        HistoryStore.state(rs.getString("state_type"), rs.getString("state"))))
                .list();
    }
}
