package nl.voortgang.reporting.summary;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.reporting.history.ProgrammeStateQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts on a date as known at an instant: one GROUP BY each on the history's date/knowledge index. */
@Repository
class SummaryRepository {

    static final String ON_DATE_AS_KNOWN = """
            daterange(valid_from, valid_to) @> CAST(:date AS date)
            AND tstzrange(recorded_from, recorded_to) @> CAST(:knownAt AS timestamptz)""";

    record Count(String entityType, String group, String status, long count) {
    }

    private final JdbcClient jdbc;

    SummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> perActionLineAndStatus(ProgrammeStateQuery query) {
        return counts("""
                SELECT entity_type, CAST(action_line AS text) AS grp, status, count(*) AS n FROM entity_history
                WHERE entity_type = 'ACTIVITY' AND %s
                GROUP BY entity_type, action_line, status ORDER BY action_line, status""".formatted(ON_DATE_AS_KNOWN), query);
    }

    List<Count> perResponsibleAndStatus(ProgrammeStateQuery query) {
        return counts("""
                SELECT entity_type, ministry AS grp, status, count(*) AS n
                FROM entity_history CROSS JOIN LATERAL unnest(responsible) AS ministry
                WHERE %s
                GROUP BY entity_type, ministry, status ORDER BY entity_type, ministry, status""".formatted(ON_DATE_AS_KNOWN),
                query);
    }

    List<Count> perStatus(ProgrammeStateQuery query) {
        return counts("""
                SELECT entity_type, NULL AS grp, status, count(*) AS n FROM entity_history
                WHERE %s GROUP BY entity_type, status ORDER BY entity_type, status""".formatted(ON_DATE_AS_KNOWN), query);
    }

    /** The items with a due date on the date, kept when {@link FollowUpStatus#isOverdueOn} says they are overdue. */
    List<ProgrammeSummaries.Overdue> overdue(ProgrammeStateQuery query) {
        return jdbc.sql("""
                        SELECT entity_type, entity_id, state->>'text' AS text, responsible, state->>'dueText' AS due_text,
                            due_date, status
                        FROM entity_history
                        WHERE entity_type IN ('MOTIE', 'TOEZEGGING') AND due_date IS NOT NULL AND """ + " "
                        + ON_DATE_AS_KNOWN + " ORDER BY due_date, entity_id")
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .query((rs, n) -> new ProgrammeSummaries.Overdue(rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("text"),
                        List.of((String[]) rs.getArray("responsible").getArray()), rs.getString("due_text"),
                        rs.getObject("due_date", LocalDate.class), rs.getString("status")))
                .list().stream()
                .filter(item -> FollowUpStatus.valueOf(item.status()).isOverdueOn(item.dueDate(), query.date()))
                .toList();
    }

    private List<Count> counts(String sql, ProgrammeStateQuery query) {
        return jdbc.sql(sql)
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .query((rs, n) -> new Count(rs.getString("entity_type"), rs.getString("grp"), rs.getString("status"),
                        rs.getLong("n")))
                .list();
    }
}
