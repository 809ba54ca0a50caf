package nl.voortgang.reporting.consumption;

import static nl.voortgang.reporting.ActivityEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.voortgang.contracts.Topics;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.http.ResponseEntity;

/**
 * Holds the event log locked while an event waits, so the consumer stalls on a working database: readiness goes to
 * 503 with the database still UP and the consumption component out of service, and back to 200 once the consumer
 * moves again; and stops the consumer's container behind its back, so records wait while it fetches nothing.
 */
class ConsumerStallReadinessTest extends ReportingServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ConsumerStallReadinessTest.class);
    private static final EventPublisher publisher = new EventPublisher();

    @Autowired
    DataSource dataSource;

    @Autowired
    KafkaListenerEndpointRegistry registry;

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void readinessGoesDownWhileTheConsumerCannotAdvanceAndUpOnceItDoes() throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant stalledSince;
        Duration untilNotReady;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE event_log IN ACCESS EXCLUSIVE MODE");
            }
            stalledSince = Instant.now();
            publisher.publish(Topics.ACTIVITY_EVENTS,
                    registered(id, 1, "Wacht op het slot", List.of("OCW"), Instant.now(), LocalDate.of(2024, 3, 1)), 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE);
            untilNotReady = Duration.between(stalledSince, Instant.now());
            Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) readiness().getBody().get("components");
            assertThat(components.get("db").get("status")).isEqualTo("UP");
            assertThat(components.get("consumption").get("status")).isEqualTo("OUT_OF_SERVICE");
            lock.rollback();
        }
        Instant releasedAt = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatusCode() == HttpStatus.OK);
        Duration untilReady = Duration.between(releasedAt, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/activities/" + id, Map.class).getStatusCode() == HttpStatus.OK);
        log.info("consumer stall: readiness 503 {} after the consumer stalled (stalled-after 3 s), 200 again {} after it could move",
                untilNotReady, untilReady);
    }

    @Test
    void readinessGoesDownWhileRecordsWaitForAConsumerThatStoppedFetchingAndUpOnceItFetchesAgain() {
        String id = UUID.randomUUID().toString();
        MessageListenerContainer container = registry.getListenerContainer(EventConsumer.LISTENER_ID);
        container.stop();
        try {
            publisher.publish(Topics.ACTIVITY_EVENTS,
                    registered(id, 1, "Wacht op een consument", List.of("OCW"), Instant.now(), LocalDate.of(2024, 3, 1)), 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE);
            Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) readiness().getBody().get("components");
            assertThat(components.get("consumption").get("status")).isEqualTo("OUT_OF_SERVICE");
        } finally {
            container.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().getStatusCode() == HttpStatus.OK);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/activities/" + id, Map.class).getStatusCode() == HttpStatus.OK);
    }

    private ResponseEntity<Map> readiness() {
        return http.getForEntity("/actuator/health/readiness", Map.class);
    }
}
