package nl.voortgang.reporting.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import nl.voortgang.contracts.EventCodec;
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

/**
 * Records published straight to the activity topic that no command service would send: each is set aside on the
 * dead-letter topic with its reason, the good event published after it is applied, and the service stays ready.
 */
class PoisonRecordTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void everyKindOfPoisonIsDeadLetteredWithItsReasonAndTheGoodEventAfterItIsApplied() {
        byte[] noise = new byte[512];
        new Random(20).nextBytes(noise);
        List<Poison> poisons = List.of(
                new Poison("header 'event-type' is missing", key -> noise, key -> Map.of()),
                new Poison("unknown event type ActivityBeamedUp revision 1", key -> encoded(key, "Onbekend"),
                        key -> headers(key, "ActivityBeamedUp", "1")),
                new Poison("unknown event type ActivityRegistered revision 7", key -> encoded(key, "Uit de toekomst"),
                        key -> headers(key, "ActivityRegistered", "7")),
                new Poison("ActivityRegistered revision 1 cannot be read", key -> withoutField(registered(key, "Zonder titel"), "title"),
                        key -> headers(key, "ActivityRegistered", "1")),
                new Poison("the read model refuses this event", key -> encoded(key, "Met een NUL\0erin"),
                        key -> headers(key, "ActivityRegistered", "1")));
        Map<String, String> poisonKeys = new LinkedHashMap<>();
        List<String> goodAfterEach = new ArrayList<>();
        for (Poison poison : poisons) {
            String key = UUID.randomUUID().toString();
            publisher.send(Topics.ACTIVITY_EVENTS, key, poison.value().apply(key), poison.headers().apply(key));
            poisonKeys.put(key, poison.reason());
            goodAfterEach.add(publishGood());
        }
        String raw = poisonKeys.keySet().iterator().next();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(goodAfterEach)
                .allSatisfy(id -> assertThat(http.getForEntity("/api/activities/" + id, Map.class).getStatusCode())
                        .isEqualTo(HttpStatus.OK)));
        List<ConsumerRecord<String, byte[]>> letters = DeadLetterTopic.awaitLetters(poisonKeys.keySet());
        poisonKeys.forEach((key, reason) -> assertThat(letters).filteredOn(letter -> key.equals(letter.key()))
                .singleElement().satisfies(letter -> {
                    assertThat(DeadLetterTopic.header(letter, EventHeaders.DEAD_LETTER_REASON)).as(reason).contains(reason);
                    assertThat(DeadLetterTopic.header(letter, DeadLetters.ORIGIN)).contains(Topics.ACTIVITY_EVENTS);
                }));
        assertThat(letters).filteredOn(letter -> letter.key().equals(raw)).singleElement()
                .satisfies(letter -> assertThat(letter.value()).isEqualTo(noise));
        poisonKeys.keySet().forEach(key -> assertThat(http.getForEntity("/api/activities/" + key, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND));
        ResponseEntity<Map> readiness = http.getForEntity("/actuator/health/readiness", Map.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).containsEntry("status", "UP");
    }

    /** A record no command service would send, and what the dead letter's reason must say about it. */
    private record Poison(String reason, Function<String, byte[]> value, Function<String, Map<String, String>> headers) {
    }

    private static byte[] encoded(String id, String title) {
        return EventCodec.encode(registered(id, title));
    }

    private static String publishGood() {
        String id = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, "Gewoon goed"), 0);
        return id;
    }

    private static Map<String, String> headers(String id, String type, String revision) {
        return Map.of(EventHeaders.EVENT_ID, UUID.randomUUID().toString(), EventHeaders.AGGREGATE_ID, id,
                EventHeaders.AGGREGATE_TYPE, "Activity", EventHeaders.SEQUENCE_NUMBER, "0",
                EventHeaders.EVENT_TYPE, type, EventHeaders.EVENT_REVISION, revision);
    }

    private static byte[] withoutField(ActivityRegisteredEvent event, String field) {
        String json = new String(EventCodec.encode(event), StandardCharsets.UTF_8);
        String without = json.replaceFirst("\"" + field + "\":\"[^\"]*\",", "");
        assertThat(without).isNotEqualTo(json);
        return without.getBytes(StandardCharsets.UTF_8);
    }

    private static ActivityRegisteredEvent registered(String id, String title) {
        return new ActivityRegisteredEvent(id, "NAP", 1, null, title, null,
                new Planning("2023-2025", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)), null, List.of("OCW"),
                ActivityStatus.IN_PROGRESS, null, "import", Instant.parse("2024-03-18T10:00:00Z"), LocalDate.of(2023, 1, 13));
    }
}
