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
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RestartMidStreamTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();

    @Autowired
    LiveConsumption live;

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void aConsumerStoppedInTheMiddleOfAStreamResumesWithoutLossOrDuplicates() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        Instant t = Instant.parse("2024-05-01T08:00:00Z");
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (String id : ids) {
                publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 3, "Training", List.of("JenV"), t,
                        LocalDate.of(2024, 5, 1)), 0);
                for (int s = 1; s <= 4; s++) {
                    publisher.publish(Topics.ACTIVITY_EVENTS, statusChanged(id, status(s - 1), status(s), "import",
                            t.plusSeconds(s), LocalDate.of(2024, 5, 1).plusDays(s)), s);
                }
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(ids) > 0);
        live.stop();
        long appliedWhileStopped = applied(ids);
        stream.join();
        assertThat(applied(ids)).isEqualTo(appliedWhileStopped).isLessThan(500);
        live.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> applied(ids) == 500);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ANY(:ids)")
                .param("ids", ids.toArray(String[]::new)).query(Long.class).single()).isEqualTo(500);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM entity_history WHERE entity_id = ANY(:ids) AND recorded_to IS NULL
                          AND valid_to IS NULL AND version = 4 AND status = 'COMPLETED'""")
                .param("ids", ids.toArray(String[]::new)).query(Long.class).single()).isEqualTo(100);
    }

    private static ActivityStatus status(int step) {
        return List.of(ActivityStatus.NOT_STARTED, ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED,
                ActivityStatus.IN_PROGRESS, ActivityStatus.COMPLETED).get(step);
    }

    private long applied(List<String> ids) {
        return jdbc.sql("SELECT count(*) FROM event_log WHERE aggregate_id = ANY(:ids)")
                .param("ids", ids.toArray(String[]::new)).query(Long.class).single();
    }
}
