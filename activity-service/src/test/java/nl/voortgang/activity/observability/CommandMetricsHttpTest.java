package nl.voortgang.activity.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.contracts.Topics;
import nl.voortgang.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Drives one command of each outcome through HTTP and reads the counts back from /actuator/prometheus, as Prometheus
 * would: commands by command and outcome with their latency histogram, events appended by type, events forwarded, an
 * empty forwarding backlog once Kafka has them, readiness, and the build's commit in /actuator/info.
 */
class CommandMetricsHttpTest extends ActivityServiceIntegrationTest {

    private static final String COMMANDS = "voortgang_commands_seconds_count";

    @Test
    void everyOutcomeOfACommandIsCountedByCommandAndOutcome() {
        PrometheusScrape before = scrape();
        String id = registerActivity();
        assertThat(status(post("/api/activities/" + id + "/status", "{\"status\":\"ONGOING\"}"))).isEqualTo(200);
        assertThat(status(post("/api/activities/" + id + "/status", "{\"status\":\"KLAAR\"}"))).isEqualTo(400);
        assertThat(status(post("/api/activities/no-such-activity/status", "{\"status\":\"ONGOING\"}"))).isEqualTo(404);
        assertThat(status(post("/api/activities/" + id + "/status", "{\"status\":\"ONGOING\"}"))).isEqualTo(409);
        assertThat(status(post("/api/activities/" + id + "/status", "{\"status\":\"IN_PROGRESS\"}", ifMatch("\"0\""))))
                .isEqualTo(412);
        assertThat(status(postText("/api/activities/" + id + "/status"))).isEqualTo(415);
        HttpHeaders key = new HttpHeaders();
        key.set("Idempotency-Key", UUID.randomUUID().toString());
        post("/api/activities", REGISTRATION, key);
        assertThat(status(post("/api/activities", REGISTRATION.replace("Campagne werkvloer", "Andere campagne"), key)))
                .isEqualTo(422);

        PrometheusScrape after = scrape();
        assertThat(delta(before, after, "Activity.register", "accepted")).isEqualTo(2);
        assertThat(delta(before, after, "Activity.changeStatus", "accepted")).isEqualTo(1);
        for (String outcome : new String[] {"400", "404", "409", "412", "415"}) {
            assertThat(delta(before, after, "Activity.changeStatus", outcome)).as(outcome).isEqualTo(1);
        }
        assertThat(delta(before, after, "Activity.register", "422")).isEqualTo(1);
        assertThat(after.matching("voortgang_commands_seconds_bucket", "command", "Activity.changeStatus", "outcome", "accepted"))
                .hasSizeGreaterThan(10)
                .extracting(sample -> sample.labels().get("le"))
                .contains("+Inf");
        assertThat(after.sum("voortgang_events_appended_total", "type", "ActivityRegistered")
                - before.sum("voortgang_events_appended_total", "type", "ActivityRegistered")).isEqualTo(2);
        assertThat(after.sum("voortgang_events_appended_total", "type", "ActivityStatusChanged")
                - before.sum("voortgang_events_appended_total", "type", "ActivityStatusChanged")).isEqualTo(1);
    }

    @Test
    void theForwardingBacklogEmptiesOnceKafkaHasEveryEvent() {
        registerActivity();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertThat(scrape.sum("voortgang_forwarding_backlog", "topic", Topics.ACTIVITY_EVENTS)).isZero();
            assertThat(scrape.sum("voortgang_forwarding_oldest_unforwarded_age_seconds", "topic", Topics.ACTIVITY_EVENTS)).isZero();
            assertThat(scrape.sum("voortgang_forwarding_events_total", "topic", Topics.ACTIVITY_EVENTS)).isPositive();
            assertThat(scrape.sum("voortgang_ready")).isEqualTo(1);
            assertThat(scrape.has("kafka_producer_record_send_total")).isTrue();
        });
    }

    @Test
    void healthHasLivenessAndReadinessWithTheDatabaseAndInfoNamesTheBuild() {
        ResponseEntity<Map> readiness = http.getForEntity("/actuator/health/readiness", Map.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) readiness.getBody().get("components")).containsKeys("db", "readinessState");
        assertThat(http.getForEntity("/actuator/health/liveness", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> info = http.getForEntity("/actuator/info", Map.class).getBody();
        assertThat((Map<String, Object>) info.get("build")).containsKeys("version", "artifact");
    }

    private PrometheusScrape scrape() {
        ResponseEntity<String> response = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return PrometheusScrape.parse(response.getBody());
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String command, String outcome) {
        return after.sum(COMMANDS, "command", command, "outcome", outcome) - before.sum(COMMANDS, "command", command, "outcome", outcome);
    }

    private ResponseEntity<Map> postText(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        return http.postForEntity(path, new HttpEntity<>("ONGOING", headers), Map.class);
    }

    private static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }
}
