package nl.voortgang.motie.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.contracts.motie.FollowUpKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persisted deadlines: an item becomes overdue at the start of the day after its due date, in the
 * programme's time zone. A passed row is read without a lock (see {@link OverdueScheduler}).
 */
@Repository
class DeadlineTable {


    private final JdbcClient jdbc;

    DeadlineTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PendingDeadline(String itemId, FollowUpKind kind, LocalDate dueDate) {
    }

    static Instant overdueAt(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(ProgrammeTime.ZONE).toInstant();
    }

    void schedule(String itemId, FollowUpKind kind, LocalDate dueDate) {
        jdbc.sql("""
                        INSERT INTO follow_up_deadline (item_id, kind, due_date, due_at, fired) VALUES (?, ?, ?, ?, FALSE)
                        ON CONFLICT (item_id) DO UPDATE SET due_date = EXCLUDED.due_date, due_at = EXCLUDED.due_at, fired = FALSE""")
                .params(itemId, kind.name(), dueDate, Timestamp.from(overdueAt(dueDate))).update();
    }

    void cancel(String itemId) {
        jdbc.sql("DELETE FROM follow_up_deadline WHERE item_id = ?").param(itemId).update();
    }

    void fulfilled(String itemId, boolean fulfilled) {
        jdbc.sql("UPDATE follow_up_deadline SET fulfilled = ? WHERE item_id = ?").params(fulfilled, itemId).update();
    }

    void fired(String itemId, LocalDate dueDate) {
        jdbc.sql("UPDATE follow_up_deadline SET fired = TRUE WHERE item_id = ? AND due_date = ?").params(itemId, dueDate).update();
    }

    Optional<PendingDeadline> nextPassed(Instant now) {
        return jdbc.sql("""
                        SELECT item_id, kind, due_date FROM follow_up_deadline
                        WHERE NOT fulfilled AND NOT fired AND due_at <= ?
                        ORDER BY due_at LIMIT 1""")
                .param(Timestamp.from(now))
                .query((row, number) -> new PendingDeadline(row.getString("item_id"), FollowUpKind.valueOf(row.getString("kind")),
                        row.getObject("due_date", LocalDate.class)))
                .optional();
    }
}
