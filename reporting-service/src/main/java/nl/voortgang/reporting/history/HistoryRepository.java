package nl.voortgang.reporting.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions asked of the history; each is one query on entity_history's indexes. */
@Repository
class HistoryRepository {

    private static final String COLUMNS = "valid_from, valid_to, recorded_from, recorded_to, entity_type, state::text AS state";
    private static final String ON_DATE_AS_KNOWN = """
            daterange(valid_from, valid_to) @> CAST(:date AS date)
            AND tstzrange(recorded_from, recorded_to) @> CAST(:knownAt AS timestamptz)""";

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HistoryRow> onDate(ProgrammeStateQuery query, List<EntityType> types, EntityFilter filter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entity_history WHERE " + ON_DATE_AS_KNOWN + """
                         AND entity_type = ANY(:types)
                          AND (CAST(:actionLine AS integer) IS NULL OR action_line = :actionLine)
                          AND (CAST(:status AS varchar) IS NULL OR status = :status)
                          AND (CAST(:responsible AS text) IS NULL OR responsible @> ARRAY[CAST(:responsible AS text)])
                        ORDER BY entity_type, action_line, state->>'code', entity_id""")
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .param("types", types.stream().map(Enum::name).toArray(String[]::new))
                .param("actionLine", filter.actionLine())
                .param("status", filter.status())
                .param("responsible", filter.responsible())
                .query((rs, n) -> row(rs)).list();
    }

    Optional<HistoryRow> entityOnDate(String id, EntityType type, ProgrammeStateQuery query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entity_history WHERE entity_id = :id AND entity_type = :type AND "
                        + ON_DATE_AS_KNOWN)
                .param("id", id)
                .param("type", type.name())
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .query((rs, n) -> row(rs)).optional();
    }

    List<HistoryRow> history(String id, EntityType type, Instant knownAt) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM entity_history WHERE entity_id = :id AND entity_type = :type
                          AND (CAST(:knownAt AS timestamptz) IS NULL
                               OR tstzrange(recorded_from, recorded_to) @> CAST(:knownAt AS timestamptz))
                          AND recorded_from < coalesce(recorded_to, 'infinity')
                        ORDER BY recorded_from, valid_from""")
                .param("id", id)
                .param("type", type.name())
                .param("knownAt", knownAt == null ? null : Timestamp.from(knownAt))
                .query((rs, n) -> row(rs)).list();
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        Timestamp recordedTo = rs.getTimestamp("recorded_to");
        return new HistoryRow(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getTimestamp("recorded_from").toInstant(), recordedTo == null ? null : recordedTo.toInstant(),
                HistoryStore.state(rs.getString("entity_type"), rs.getString("state")));
    }
}
