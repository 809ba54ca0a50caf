package nl.voortgang.reporting.rebuild;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rebuild runs, kept outside the schema a rebuild replaces. */
@Repository
class RebuildRuns {

    private final JdbcClient jdbc;

    RebuildRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(Instant at) {
        jdbc.sql("UPDATE reporting_control.rebuild_run SET state = 'FAILED', failure = 'interrupted by a restart' WHERE state = 'RUNNING'")
                .update();
        return jdbc.sql("INSERT INTO reporting_control.rebuild_run (state, requested_at) VALUES ('RUNNING', :at) RETURNING id")
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    void progress(long id, long eventsApplied) {
        jdbc.sql("UPDATE reporting_control.rebuild_run SET events_applied = :n WHERE id = :id")
                .param("n", eventsApplied).param("id", id).update();
    }

    void switched(long id, Instant at, long eventsApplied, double eventsPerSecond) {
        jdbc.sql("""
                        UPDATE reporting_control.rebuild_run SET state = 'SWITCHED', finished_at = :at, events_applied = :n,
                            events_per_second = :rate WHERE id = :id""")
                .param("at", Timestamp.from(at)).param("n", eventsApplied).param("rate", Math.round(eventsPerSecond))
                .param("id", id).update();
    }

    void failed(long id, Instant at, String failure) {
        jdbc.sql("UPDATE reporting_control.rebuild_run SET state = 'FAILED', finished_at = :at, failure = :failure WHERE id = :id")
                .param("at", Timestamp.from(at)).param("failure", failure).param("id", id).update();
    }

    Optional<RebuildRun> find(long id) {
        return jdbc.sql("SELECT * FROM reporting_control.rebuild_run WHERE id = :id").param("id", id)
                .query((rs, n) -> new RebuildRun(rs.getLong("id"), rs.getString("state"),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getLong("events_applied"), rs.getBigDecimal("events_per_second"), rs.getString("failure")))
                .optional();
    }
}
