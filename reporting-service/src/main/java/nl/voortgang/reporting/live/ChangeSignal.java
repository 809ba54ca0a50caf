package nl.voortgang.reporting.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every instance's live stream that a schema has new changes, through PostgreSQL's NOTIFY.
 * Sent inside the writing transaction, so it arrives when that transaction commits and not at all
 * when it rolls back. The payload is the schema written to, so a rebuild's fresh schema wakes no one.
 */
@Component
public class ChangeSignal {

    static final String CHANNEL = "voortgang_live_change";

    private final JdbcClient jdbc;

    ChangeSignal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Signals a change in the schema this transaction writes to. */
    void changedInCurrentSchema() {
        jdbc.sql("SELECT pg_notify(:channel, current_schema())").param("channel", CHANNEL).query().listOfRows();
    }

    /** Signals that the named schema is now a different one, as after a rebuild's switch. */
    public void switched(String schema) {
        jdbc.sql("SELECT pg_notify(:channel, :schema)").param("channel", CHANNEL).param("schema", schema)
                .query().listOfRows();
    }
}
