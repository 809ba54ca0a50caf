package nl.voortgang.reporting.consumption;

import static nl.voortgang.reporting.ActivityEvents.registered;
import static nl.voortgang.reporting.ActivityEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import nl.voortgang.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class DatabaseOutageTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();
    private static final Instant T = Instant.parse("2024-06-01T08:00:00Z");

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void eventsConsumedWhilePostgresIsDownForTenSecondsAreAppliedOnceItIsBackAndNoneIsDeadLettered() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        publish(ids.subList(0, 20));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(ids) == 40);

        Instant stoppedAt = Instant.now();
        TestInfrastructure.get().postgres().stop();
        try {
            publish(ids.subList(20, 40));
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    http.getForEntity("/actuator/health/consumption", String.class).getStatusCode()
                            == HttpStatus.SERVICE_UNAVAILABLE);
            await().atMost(Duration.ofSeconds(20)).until(() -> Duration.between(stoppedAt, Instant.now()).toSeconds() >= 10);
        } finally {
            TestInfrastructure.get().postgres().start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> applied(ids) == 80);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ANY(:ids)")
                .param("ids", ids.toArray(String[]::new)).query(Long.class).single()).isEqualTo(80);
        assertThat(DeadLetterTopic.lettersNow(ids)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/actuator/health/consumption", String.class).getStatusCode() == HttpStatus.OK);
    }

    private static void publish(List<String> ids) {
        List<DomainEvent> events = new ArrayList<>();
        List<Long> sequenceNumbers = new ArrayList<>();
        for (String id : ids) {
            events.add(registered(id, 2, "Voorlichting", List.of("VWS"), T, LocalDate.of(2024, 6, 1)));
            sequenceNumbers.add(0L);
            events.add(statusChanged(id, ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED, "import", T.plusSeconds(1),
                    LocalDate.of(2024, 6, 2)));
            sequenceNumbers.add(1L);
        }
        publisher.publishAll(Topics.ACTIVITY_EVENTS, events, sequenceNumbers);
    }

    private long applied(List<String> ids) {
        return jdbc.sql("SELECT count(*) FROM event_log WHERE aggregate_id = ANY(:ids)")
                .param("ids", ids.toArray(String[]::new)).query(Long.class).single();
    }
}
