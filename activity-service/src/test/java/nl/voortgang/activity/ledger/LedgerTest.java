package nl.voortgang.activity.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger against the real event store, which this test edits through SQL as an attacker with
 * database access would. Every edit is undone before the test ends, so the chain of the store
 * the other tests share is intact again afterwards.
 */
class LedgerTest extends ActivityServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @BeforeEach
    void someHistory() {
        for (int i = 0; i < 3; i++) {
            String id = register();
            post("/api/activities/" + id + "/status", """
                    {"status":"ONGOING","explanation":"Loopt door.","effectiveDate":"2023-06-01"}""");
        }
        awaitLedgered();
    }

    @Test
    void aCleanHistoryVerifiesUpToItsHead() {
        Map<String, Object> verification = verification();

        assertThat(verification).containsEntry("intact", true).containsEntry("pending", 0);
        assertThat(((Number) verification.get("position")).longValue()).isEqualTo(storedEvents());
        assertThat((String) verification.get("hash")).hasSize(64);
    }

    @Test
    void oneChangedPayloadByteIsFoundAtExactlyThatEvent() {
        long target = globalIndexOfEvent(2);
        byte[] original = payload(target);
        jdbc.sql("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x7a'::bytea from 3 for 1) WHERE global_index = ?")
                .param(target).update();
        try {
            assertThat(firstBreak()).containsEntry("globalIndex", (int) target).containsEntry("kind", "CHANGED");
        } finally {
            restorePayload(target, original);
        }
        assertThat(verification()).containsEntry("intact", true);
    }

    @Test
    void aRemovedEventIsFound() {
        long target = globalIndexOfEvent(3);
        Map<String, Object> row = jdbc.sql("SELECT * FROM domain_event_entry WHERE global_index = ?").param(target)
                .query().singleRow();
        jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(target).update();
        try {
            assertThat(firstBreak()).containsEntry("globalIndex", (int) target).containsEntry("kind", "REMOVED");
        } finally {
            jdbc.sql("""
                            INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                                event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                            VALUES (:global_index, :aggregate_identifier, :sequence_number, :type, :event_identifier,
                                :meta_data, :payload, :payload_revision, :payload_type, :time_stamp)""")
                    .params(row).update();
        }
        assertThat(verification()).containsEntry("intact", true);
    }

    @Test
    void twoEventsWhosePayloadsWereSwappedAreFoundAtTheFirstOfThem() {
        long first = globalIndexOfEvent(1);
        long second = globalIndexOfEvent(2);
        byte[] firstPayload = payload(first);
        byte[] secondPayload = payload(second);
        restorePayload(first, secondPayload);
        restorePayload(second, firstPayload);
        try {
            assertThat(firstBreak()).containsEntry("globalIndex", (int) first).containsEntry("kind", "CHANGED");
        } finally {
            restorePayload(first, firstPayload);
            restorePayload(second, secondPayload);
        }
    }

    @Test
    void aPublishedDigestNoLongerVerifiesOnceAnEarlierEventIsEdited() {
        ResponseEntity<Map> digest = http.postForEntity("/api/ledger/digests", null, Map.class);
        assertThat(digest.getStatusCode()).isEqualTo(HttpStatus.OK);
        long position = ((Number) digest.getBody().get("position")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> digestChecks().stream()
                .anyMatch(check -> ((Number) ((Map<?, ?>) check.get("digest")).get("position")).longValue() == position
                        && Boolean.TRUE.equals(check.get("holds"))));

        long target = globalIndexOfEvent(1);
        byte[] original = payload(target);
        jdbc.sql("UPDATE domain_event_entry SET payload = overlay(payload placing '\\x20'::bytea from 2 for 1) WHERE global_index = ?")
                .param(target).update();
        try {
            assertThat(digestChecks()).filteredOn(check -> ((Number) ((Map<?, ?>) check.get("digest")).get("position"))
                    .longValue() == position).allSatisfy(check -> assertThat(check).containsEntry("holds", false));
        } finally {
            restorePayload(target, original);
        }
    }

    @Test
    void theLedgerCatchesUpAfterItsProcessorWasStoppedWithoutAGapOrADouble() {
        EventProcessor ledger = processing.eventProcessor("ledger").orElseThrow();
        ledger.shutDown();
        for (int i = 0; i < 5; i++) {
            register();
        }
        ledger.start();

        awaitLedgered();
        List<Long> positions = jdbc.sql("SELECT position FROM ledger_entry ORDER BY position").query(Long.class).list();
        assertThat(positions).hasSize((int) storedEvents());
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1L);
        }
        assertThat(jdbc.sql("SELECT count(DISTINCT global_index) FROM ledger_entry").query(Long.class).single())
                .isEqualTo(storedEvents());
        assertThat(verification()).containsEntry("intact", true);
    }

    private void awaitLedgered() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.sql("SELECT count(*) FROM ledger_entry").query(Long.class).single() == storedEvents());
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private long globalIndexOfEvent(int nth) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry ORDER BY global_index OFFSET ? LIMIT 1")
                .param(nth - 1).query(Long.class).single();
    }

    private byte[] payload(long globalIndex) {
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = ?").param(globalIndex)
                .query(byte[].class).single();
    }

    private void restorePayload(long globalIndex, byte[] payload) {
        jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?").params(payload, globalIndex).update();
    }

    private Map<String, Object> verification() {
        ResponseEntity<Map> response = http.getForEntity("/api/ledger/verification", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> firstBreak() {
        Map<String, Object> verification = verification();
        assertThat(verification).containsEntry("intact", false);
        return (Map<String, Object>) verification.get("firstBreak");
    }

    private List<Map<String, Object>> digestChecks() {
        return (List<Map<String, Object>>) verification().get("digests");
    }

    private String register() {
        return registerActivity();
    }
}
