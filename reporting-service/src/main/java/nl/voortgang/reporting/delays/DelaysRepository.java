package nl.voortgang.reporting.delays;

import java.sql.Timestamp;
import java.util.List;
import nl.voortgang.reporting.history.ProgrammeStateQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Slipped and delayed activities on a date as known at an instant, from the history's date/knowledge index. */
@Repository
public class DelaysRepository {

    private static final String ON_DATE_AS_KNOWN = """
            entity_type = 'ACTIVITY'
            AND daterange(valid_from, valid_to) @> CAST(:date AS date)
            AND tstzrange(recorded_from, recorded_to) @> CAST(:knownAt AS timestamptz)""";

    public record SlippedActivity(String id, String code, String title, int actionLine, List<String> responsible, String status,
            String planning, String originalPlanning, int slips) {
    }

    record DelayedCount(String group, long delayed) {
    }

    private final JdbcClient jdbc;

    DelaysRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SlippedActivity> slipped(ProgrammeStateQuery query) {
        return jdbc.sql("""
                        SELECT entity_id, state->>'code' AS code, state->>'title' AS title, action_line, responsible, status,
                            state->'planning'->>'text' AS planning, state->'originalPlanning'->>'text' AS original, slips
                        FROM entity_history WHERE (slips > 0 OR status = 'DELAYED') AND """ + " " + ON_DATE_AS_KNOWN + " ORDER BY action_line, code, entity_id")
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .query((rs, n) -> new SlippedActivity(rs.getString("entity_id"), rs.getString("code"),
                        rs.getString("title"), rs.getInt("action_line"),
                        List.of((String[]) rs.getArray("responsible").getArray()), rs.getString("status"),
                        rs.getString("planning"), rs.getString("original"), rs.getInt("slips")))
                .list();
    }

    List<DelayedCount> delayedPerActionLine(ProgrammeStateQuery query) {
        return counts("SELECT CAST(action_line AS text) AS grp, count(*) AS n FROM entity_history WHERE status = 'DELAYED' AND "
                + ON_DATE_AS_KNOWN + " GROUP BY action_line ORDER BY action_line", query);
    }

    List<DelayedCount> delayedPerResponsible(ProgrammeStateQuery query) {
        return counts("SELECT ministry AS grp, count(*) AS n FROM entity_history CROSS JOIN LATERAL unnest(responsible) AS ministry"
                + " WHERE status = 'DELAYED' AND " + ON_DATE_AS_KNOWN + " GROUP BY ministry ORDER BY ministry", query);
    }

    private List<DelayedCount> counts(String sql, ProgrammeStateQuery query) {
        return jdbc.sql(sql)
                .param("date", query.date())
                .param("knownAt", Timestamp.from(query.knownAt()))
                .query((rs, n) -> new DelayedCount(rs.getString("grp"), rs.getLong("n")))
                .list();
    }
}
