package nl.voortgang.activity.publishing;

import static nl.voortgang.activity.ActivityTopic.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.activity.ActivityTopic;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import nl.voortgang.testsupport.KafkaControl;
import nl.voortgang.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Takes the real broker down while changes are recorded: the changes are accepted and stored,
 * the forwarder fails and backs off, and once the broker is back every event reaches the topic,
 * in order per activity, none lost. Meanwhile the forwarding backlog and the age of its oldest event rise, and fall
 * back to 0 once the broker is back.
 */
class KafkaOutageTest extends ActivityServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(KafkaOutageTest.class);
    private static final int ACTIVITIES = 3;
    private static final int STATUS_CHANGES = 4;

    @Autowired
    MeterRegistry meters;

    @Test
    void changesAreAcceptedWhileKafkaIsDownAndAllReachTheTopicInOrderOnceItIsBack() {
        String alreadyKnown = registerActivity();
        KafkaControl kafka = TestInfrastructure.get().kafka();
        double failuresBefore = failedBatches();
        List<String> ids = new ArrayList<>(List.of(alreadyKnown));
        long restartedAt;
        kafka.stop();
        try {
            for (int i = 1; i < ACTIVITIES; i++) {
                ids.add(registerActivity());
            }
            for (int change = 0; change < STATUS_CHANGES; change++) {
                String status = change % 2 == 0 ? "ONGOING" : "IN_PROGRESS";
                for (String id : ids) {
                    assertThat(post("/api/activities/" + id + "/status", "{\"status\":\"" + status + "\"}").getStatusCode())
                            .isEqualTo(HttpStatus.OK);
                }
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> failedBatches() > failuresBefore);
            int stored = ACTIVITIES - 1 + ACTIVITIES * STATUS_CHANGES;
            await().atMost(Duration.ofSeconds(30)).until(() -> backlog() >= stored && oldestUnforwardedAge() >= 2);
            log.info("Kafka outage: forwarding backlog {} events, oldest unforwarded {} s old", backlog(), oldestUnforwardedAge());
        } finally {
            kafka.start();
            restartedAt = System.nanoTime();
        }

        int expected = ACTIVITIES * (1 + STATUS_CHANGES);
        List<ConsumerRecord<String, byte[]>> records = ActivityTopic.recordsOf(ids, Duration.ofMinutes(3),
                found -> firstOccurrences(found).size() == expected);
        Duration recovery = Duration.ofNanos(System.nanoTime() - restartedAt);
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog() == 0 && oldestUnforwardedAge() == 0);
        log.info("Kafka outage: forwarding backlog back to 0 {} after the broker was back",
                Duration.ofNanos(System.nanoTime() - restartedAt));

        log.info("Kafka outage: all {} events ({} recorded while the broker was down) reached {} {} after it was back "
                        + "({} forwarding failures during the outage, {} records read including duplicates)",
                expected, expected - 1, Topics.ACTIVITY_EVENTS, recovery, failedBatches() - failuresBefore, records.size());
        Map<String, List<Long>> sequencePerActivity = new LinkedHashMap<>();
        firstOccurrences(records).forEach(record -> sequencePerActivity
                .computeIfAbsent(record.key(), key -> new ArrayList<>())
                .add(Long.parseLong(header(record, EventHeaders.SEQUENCE_NUMBER))));
        assertThat(sequencePerActivity).containsOnlyKeys(ids);
        sequencePerActivity.values().forEach(sequence ->
                assertThat(sequence).containsExactlyElementsOf(LongStream.rangeClosed(0, STATUS_CHANGES).boxed().toList()));
    }

    private double backlog() {
        return meters.get("voortgang.forwarding.backlog").tag("topic", Topics.ACTIVITY_EVENTS).gauge().value();
    }

    private double oldestUnforwardedAge() {
        return meters.get("voortgang.forwarding.oldest.unforwarded.age").tag("topic", Topics.ACTIVITY_EVENTS).gauge().value();
    }

    private double failedBatches() {
        return meters.counter("voortgang.forwarding.failed.batches", "topic", Topics.ACTIVITY_EVENTS).count();
    }

    private static List<ConsumerRecord<String, byte[]>> firstOccurrences(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ConsumerRecord<String, byte[]>> byEventId = new LinkedHashMap<>();
        records.forEach(record -> byEventId.putIfAbsent(header(record, EventHeaders.EVENT_ID), record));
        return List.copyOf(byEventId.values());
    }
}
