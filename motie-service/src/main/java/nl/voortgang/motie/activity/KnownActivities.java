package nl.voortgang.motie.activity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity ids motie-service has seen registered; a link may only name one of these. */
@Repository
public class KnownActivities {

    private final JdbcClient jdbc;

    KnownActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean contains(String activityId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM known_activity WHERE activity_id = ?)").param(activityId)
                .query(Boolean.class).single();
    }

    void remember(String activityId, String eventId) {
        jdbc.sql("INSERT INTO known_activity (activity_id, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(activityId, eventId).update();
    }
}
