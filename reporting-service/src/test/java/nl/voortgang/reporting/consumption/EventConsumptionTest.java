package nl.voortgang.reporting.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class EventConsumptionTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void aPublishedActivityBecomesVisibleThroughTheApi() {
        String id = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, "Publieksmonitor"), 0);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> response = http.getForEntity("/api/activities/" + id, Map.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).containsEntry("title", "Publieksmonitor").containsEntry("status", "IN_PROGRESS")
                    .containsEntry("statusLabel", "In uitvoering");
        });
    }

    @Test
    void aDuplicateDeliveryOfTheSameEventIdIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, "Conferentie"), 0, eventId);
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, "Conferentie"), 0, eventId);
        String marker = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(marker, "Daarna"), 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM event_log WHERE aggregate_id = ?", marker) == 1);
        assertThat(count("SELECT count(*) FROM event_log WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithTheReasonAndConsumptionContinues() {
        String poisonKey = UUID.randomUUID().toString();
        publisher.publishUnreadable(Topics.ACTIVITY_EVENTS, poisonKey);
        String unknownKey = UUID.randomUUID().toString();
        publisher.send(Topics.ACTIVITY_EVENTS, unknownKey, "{}".getBytes(StandardCharsets.UTF_8), Map.of(
                EventHeaders.EVENT_ID, UUID.randomUUID().toString(), EventHeaders.AGGREGATE_ID, unknownKey,
                EventHeaders.AGGREGATE_TYPE, "Activity", EventHeaders.SEQUENCE_NUMBER, "0",
                EventHeaders.EVENT_TYPE, "ActivityTeleported", EventHeaders.EVENT_REVISION, "1"));
        String healthy = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(healthy, "Na het gif"), 0);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/activities/" + healthy, Map.class).getStatusCode() == HttpStatus.OK);
        List<ConsumerRecord<String, byte[]>> letters = DeadLetterTopic.awaitLetters(List.of(poisonKey, unknownKey));
        assertThat(letters).extracting(r -> DeadLetterTopic.header(r, EventHeaders.DEAD_LETTER_REASON))
                .anySatisfy(reason -> assertThat(reason).contains("ActivityRegistered revision 1 cannot be read"))
                .anySatisfy(reason -> assertThat(reason).contains("unknown event type ActivityTeleported revision 1"));
    }

    @Test
    void anEventTheReadModelRefusesIsDeadLetteredAloneAndTheEventsAroundItAreApplied() {
        String before = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        publisher.publishAll(Topics.ACTIVITY_EVENTS, List.of(registered(before, "Ervoor"),
                registered(refused, "Met een NUL\0erin"), registered(after, "Erna")), List.of(0L, 0L, 0L));
        String later = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(later, "Veel later"), 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM event_log WHERE aggregate_id = ?", later) == 1);
        assertThat(http.getForEntity("/api/activities/" + before, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/activities/" + after, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/activities/" + refused, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ConsumerRecord<String, byte[]> letter = DeadLetterTopic.awaitLetters(List.of(refused)).getFirst();
        assertThat(DeadLetterTopic.header(letter, EventHeaders.DEAD_LETTER_REASON)).startsWith("the read model refuses this event");
        assertThat(DeadLetterTopic.header(letter, EventHeaders.DEAD_LETTER_EXCEPTION)).isNotBlank();
        assertThat(DeadLetterTopic.header(letter, EventHeaders.EVENT_TYPE)).isEqualTo("ActivityRegistered");
        assertThat(DeadLetterTopic.lettersNow(List.of(before, after, later))).isEmpty();
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    private static ActivityRegisteredEvent registered(String id, String title) {
        return new ActivityRegisteredEvent(id, "NAP", 1, null, title, null,
                new Planning("2023-2025", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)), null, List.of("OCW"),
                ActivityStatus.IN_PROGRESS, null, "import", Instant.parse("2024-03-18T10:00:00Z"), LocalDate.of(2023, 1, 13));
    }
}
