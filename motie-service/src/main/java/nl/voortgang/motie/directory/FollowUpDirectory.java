package nl.voortgang.motie.directory;

import java.util.Optional;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which moties and toezeggingen exist, and of which kind; written in the transaction that registers them. */
@Component
@ProcessingGroup(FollowUpDirectory.PROCESSING_GROUP)
public class FollowUpDirectory {

    public static final String PROCESSING_GROUP = "follow-up-bookkeeping";

    private final JdbcClient jdbc;

    FollowUpDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FollowUpKind> kindOf(String itemId) {
        return jdbc.sql("SELECT kind FROM follow_up_item WHERE item_id = ?").param(itemId)
                .query((row, number) -> FollowUpKind.valueOf(row.getString("kind"))).optional();
    }

    @EventHandler
    void on(MotieRegisteredEvent event) {
        remember(event.motieId(), FollowUpKind.MOTIE);
    }

    @EventHandler
    void on(ToezeggingRegisteredEvent event) {
        remember(event.toezeggingId(), FollowUpKind.TOEZEGGING);
    }

    private void remember(String itemId, FollowUpKind kind) {
        jdbc.sql("INSERT INTO follow_up_item (item_id, kind) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(itemId, kind.name()).update();
    }
}
