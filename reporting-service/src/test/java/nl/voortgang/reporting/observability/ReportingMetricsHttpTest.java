package nl.voortgang.reporting.observability;

import static nl.voortgang.reporting.ActivityEvents.registered;
import static nl.voortgang.reporting.ActivityEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import nl.voortgang.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Publishes events as the forwarders do, one of them twice and one that cannot be read, and reads reporting-service's
 * /actuator/prometheus as Prometheus would: applied per type, the duplicate skipped, the dead letter by exception
 * class, the consumer's lag per partition from the Kafka client, the projection delay, the live stream and readiness.
 */
class ReportingMetricsHttpTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();
    private static final Instant RECORDED = Instant.parse("2024-03-18T10:00:00Z");

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void consumptionIsCountedByTypeWithDuplicatesAndDeadLettersApart() {
        PrometheusScrape before = scrape();
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 1, "Gemeten", List.of("OCW"), RECORDED, LocalDate.of(2024, 3, 1)),
                0, eventId);
        publisher.publish(Topics.ACTIVITY_EVENTS, statusChanged(id, ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED, "import",
                RECORDED.plusSeconds(1), LocalDate.of(2024, 3, 2)), 1);
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 1, "Gemeten", List.of("OCW"), RECORDED, LocalDate.of(2024, 3, 1)),
                0, eventId);
        String poison = UUID.randomUUID().toString();
        publisher.publishUnreadable(Topics.ACTIVITY_EVENTS, poison);
        String last = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(last, 1, "Erna", List.of("OCW"), RECORDED, LocalDate.of(2024, 3, 1)), 0);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/activities/" + last, Map.class).getStatusCode() == HttpStatus.OK);
        PrometheusScrape after = scrape();

        assertThat(delta(before, after, "voortgang_consumption_applied_total", "type", "ActivityRegistered")).isEqualTo(2);
        assertThat(delta(before, after, "voortgang_consumption_applied_total", "type", "ActivityStatusChanged")).isEqualTo(1);
        assertThat(delta(before, after, "voortgang_consumption_duplicates_skipped_total")).isEqualTo(1);
        assertThat(delta(before, after, "voortgang_consumption_dead_lettered_total", "topic", Topics.ACTIVITY_EVENTS))
                .isEqualTo(1);
        assertThat(after.matching("voortgang_consumption_dead_lettered_total")).allSatisfy(sample ->
                assertThat(sample.labels()).containsKeys("topic", "exception"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(scrape().matching("kafka_consumer_fetch_manager_records_lag", "topic", Topics.ACTIVITY_EVENTS))
                        .isNotEmpty()
                        .allSatisfy(sample -> assertThat(sample.labels()).containsKey("partition")));
        assertThat(after.sum("voortgang_consumption_projection_delay_seconds"))
                .isGreaterThan(Duration.between(RECORDED, Instant.now()).toSeconds() - 60.0);
        assertThat(after.sum("voortgang_ready")).isEqualTo(1);
        for (String name : List.of("voortgang_live_clients", "voortgang_live_messages_total", "voortgang_rebuild_running",
                "jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds_count")) {
            assertThat(after.has(name)).as(name).isTrue();
        }
    }

    @Test
    void livenessAndReadinessAreApartAndInfoNamesTheBuild() {
        ResponseEntity<Map> readiness = http.getForEntity("/actuator/health/readiness", Map.class);
        assertThat((Map<String, Object>) readiness.getBody().get("components")).containsKeys("db", "consumption", "readinessState");
        ResponseEntity<Map> liveness = http.getForEntity("/actuator/health/liveness", Map.class);
        assertThat((Map<String, Object>) liveness.getBody().get("components")).containsOnlyKeys("livenessState");
        assertThat((Map<String, Object>) http.getForEntity("/actuator/info", Map.class).getBody().get("build"))
                .containsKeys("version", "artifact");
    }

    private PrometheusScrape scrape() {
        ResponseEntity<String> response = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return PrometheusScrape.parse(response.getBody());
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
