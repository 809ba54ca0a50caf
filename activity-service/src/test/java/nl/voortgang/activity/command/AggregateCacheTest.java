package nl.voortgang.activity.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** The aggregate cache never judges a command by a state that another instance has changed since (docs/adr/0017). */
class AggregateCacheTest extends ActivityServiceIntegrationTest {

    @Autowired
    EventStore eventStore;

    @Test
    void aChangeAppendedByAnotherInstanceIsSeenByTheNextCommandHere() {
        String id = registerActivity();
        assertThat(post("/api/activities/" + id + "/status", "{\"status\":\"ONGOING\"}").getBody()).containsEntry("version", 1);

        eventStore.publish(new GenericDomainEventMessage<>("Activity", id, 2,
                new ActivityStatusChangedEvent(id, ActivityStatus.ONGOING, ActivityStatus.IN_PROGRESS,
                        "door een tweede instantie", "other-instance", Instant.now(), LocalDate.now())));

        ResponseEntity<Map> back = post("/api/activities/" + id + "/status", "{\"status\":\"ONGOING\"}");
        assertThat(back.getStatusCode().value()).isEqualTo(200);
        assertThat(back.getBody()).containsEntry("version", 3);
        ResponseEntity<Map> unchanged = post("/api/activities/" + id + "/status", "{\"status\":\"ONGOING\"}");
        assertThat(unchanged.getStatusCode().is4xxClientError()).isTrue();
    }
}
