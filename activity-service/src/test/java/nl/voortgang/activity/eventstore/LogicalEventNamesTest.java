package nl.voortgang.activity.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.testsupport.TestInfrastructure;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

class LogicalEventNamesTest extends ActivityServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Test
    void eventsAreStoredUnderTheirLogicalNameAndRevisionAndReadBackFromTheStore() {
        String id = registerActivity();
        changeStatus(id, "0");

        assertThat(storedTypes(id)).containsExactly("ActivityRegistered#1", "ActivityStatusChanged#1");
        assertThat(eventStore.readEvents(id).asStream().map(DomainEventMessage::getPayload).toList())
                .extracting(payload -> payload.getClass().getSimpleName())
                .containsExactly("ActivityRegisteredEvent", "ActivityStatusChangedEvent");
    }

    @Test
    void eventsStoredUnderTheirJavaClassNamesBeforeTheMigrationAreStillRead() {
        String id = registerActivity();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM ledger_entry l JOIN domain_event_entry e ON e.global_index = l.global_index
                        WHERE e.aggregate_identifier = :id""").param("id", id).query(Long.class).single() == 1);
        jdbc.sql("UPDATE domain_event_entry SET payload_type = :type, payload_revision = NULL WHERE aggregate_identifier = :id")
                .param("type", ActivityRegisteredEvent.class.getName()).param("id", id).update();
        try {
            assertThat(changeStatus(id, "0")).isEqualTo(HttpStatus.OK);
            assertThat(storedTypes(id)).containsExactly(ActivityRegisteredEvent.class.getName() + "#null",
                    "ActivityStatusChanged#1");
        } finally {
            jdbc.sql("""
                            UPDATE domain_event_entry SET payload_type = 'ActivityRegistered', payload_revision = '1'
                            WHERE aggregate_identifier = :id AND sequence_number = 0""").param("id", id).update();
        }
    }

    @Test
    void theMigrationRenamesClassNamesToLogicalNamesAndRevisions() {
        String schema = "rename_" + System.nanoTime();
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(TestInfrastructure.get().jdbcUrl("activity"), TestInfrastructure.get().username(),
                        TestInfrastructure.get().password())
                .schemas(schema).locations("classpath:db/command");
        flyway.target("1.0.2").load().migrate();
        jdbc.sql("INSERT INTO " + schema + ".domain_event_entry (aggregate_identifier, sequence_number, type, "
                        + "event_identifier, payload, payload_type, time_stamp) VALUES ('a-1', 0, 'Activity', 'e-1', "
                        + "'{}'::bytea, :type, '2024-03-18T10:00:00Z'), ('a-1', 1, 'Activity', 'e-2', '{}'::bytea, "
                        + "'nl.voortgang.SomethingElse', '2024-03-18T10:00:01Z')")
                .param("type", ActivityStatusChangedEvent.class.getName()).update();

        flyway.target("latest").load().migrate();

        assertThat(jdbc.sql("SELECT payload_type || '#' || coalesce(payload_revision, 'null') FROM " + schema
                        + ".domain_event_entry ORDER BY sequence_number").query(String.class).list())
                .containsExactly("ActivityStatusChanged#1", "nl.voortgang.SomethingElse#null");
        jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
    }

    private HttpStatus changeStatus(String id, String version) {
        return HttpStatus.valueOf(post("/api/activities/" + id + "/status",
                "{\"status\":\"ONGOING\",\"explanation\":\"Loopt door\",\"effectiveDate\":\"2024-03-18\"}", ifMatch("\"" + version + "\""))
                .getStatusCode().value());
    }

    private List<String> storedTypes(String id) {
        return jdbc.sql("""
                        SELECT payload_type || '#' || coalesce(payload_revision, 'null') FROM domain_event_entry
                        WHERE aggregate_identifier = :id ORDER BY sequence_number""")
                .param("id", id).query(String.class).list();
    }
}
