package nl.voortgang.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import nl.voortgang.testsupport.web.OpenApiFuzzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every query operation of the OpenAPI document, fuzzed. Left out: the live stream (it does not end) and starting a
 * rebuild (it takes no input to break, and a rebuild in the shared context would race the other tests).
 */
class OpenApiFuzzTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void noGeneratedQueryFaultsTheServiceAndConsumptionGoesOnAfterwards() {
        String known = publishActivity();
        await().atMost(Duration.ofSeconds(30)).until(() -> isVisible(known));

        OpenApiFuzzer.Report report = OpenApiFuzzer.fuzz(URI.create(http.getRootUri()), OpenApiFuzzer.Settings.fromSystemProperties(
                TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN), List.of(known), Set.of("POST /api/admin/rebuild"), () -> 0));

        assertThat(report.faults()).as(report.summary()).isEmpty();
        assertThat(report.operations()).contains("GET /api/programme/state", "GET /api/activities/{id}/history",
                "GET /api/reports/bijlage1", "GET /api/audit").doesNotContain("GET /api/events/stream");
        assertThat(http.getForEntity("/actuator/health/readiness", Map.class).getBody()).containsEntry("status", "UP");
        String afterwards = publishActivity();
        await().atMost(Duration.ofSeconds(30)).until(() -> isVisible(afterwards));
    }

    private boolean isVisible(String id) {
        return http.getForEntity("/api/activities/" + id, Map.class).getStatusCode() == HttpStatus.OK;
    }

    private static String publishActivity() {
        String id = UUID.randomUUID().toString();
        publisher.publish(Topics.ACTIVITY_EVENTS, new ActivityRegisteredEvent(id, "NAP", 2, "NAP-2.9", "Gefuzzd", null,
                new Planning("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), null, List.of("OCW"),
                ActivityStatus.IN_PROGRESS, null, "import", Instant.parse("2024-03-18T10:00:00Z"), LocalDate.of(2024, 1, 13)), 0);
        return id;
    }
}
