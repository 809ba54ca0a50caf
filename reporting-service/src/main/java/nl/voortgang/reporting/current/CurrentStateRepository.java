package nl.voortgang.reporting.current;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.motie.FollowUpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CurrentStateRepository {

    private final JdbcClient jdbc;

    CurrentStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ActivityView> activity(String id) {
        return jdbc.sql("SELECT * FROM activity_current WHERE activity_id = :id").param("id", id)
                .query((rs, n) -> activity(rs)).optional();
    }

    Optional<FollowUpView> followUp(String id, String kind) {
        return jdbc.sql("SELECT * FROM follow_up_current WHERE item_id = :id AND kind = :kind")
                .param("id", id).param("kind", kind)
                .query((rs, n) -> followUp(rs)).optional();
    }

    private static ActivityView activity(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new ActivityView(rs.getString("activity_id"), rs.getString("programme"), rs.getInt("action_line"),
                rs.getString("code"), rs.getString("title"), rs.getString("description"),
                planning(rs, "planning"), planning(rs, "original_planning"), strings(rs.getArray("responsible")),
                status, ActivityStatus.valueOf(status).reportLabel(), rs.getString("explanation"), rs.getLong("version"),
                rs.getObject("effective_date", LocalDate.class), rs.getTimestamp("recorded_at").toInstant());
    }

    private static FollowUpView followUp(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new FollowUpView(rs.getString("item_id"), rs.getString("kind"), rs.getString("programme"),
                strings(rs.getArray("submitters")), rs.getObject("adopted_date", LocalDate.class), rs.getString("kamerstuk"),
                rs.getString("occasion"), rs.getObject("occasion_date", LocalDate.class), rs.getString("text"),
                rs.getBoolean("text_lost"), strings(rs.getArray("responsible")), rs.getString("due_text"),
                rs.getObject("due_date", LocalDate.class), status, FollowUpStatus.valueOf(status).reportLabel(),
                rs.getLong("version"), rs.getObject("effective_date", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static ActivityView.PlanningView planning(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        return text == null ? null : new ActivityView.PlanningView(text,
                rs.getObject(prefix + "_start", LocalDate.class), rs.getObject(prefix + "_end", LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
