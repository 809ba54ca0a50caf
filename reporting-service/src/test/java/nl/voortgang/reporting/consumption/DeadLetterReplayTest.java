package nl.voortgang.reporting.consumption;

import static nl.voortgang.reporting.ActivityEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.Topics;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An event the read model refuses for a cause that is later fixed (here a trigger that is dropped) is dead-lettered;
 * the replay endpoint then applies it, and a second replay applies nothing again: idempotent by event id.
 */
class DeadLetterReplayTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void aDeadLetterIsAppliedOnceByTheReplayAfterItsCauseIsFixed() {
        String refused = UUID.randomUUID().toString();
        jdbc.sql("""
                CREATE FUNCTION refuse_for_replay_test() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.aggregate_id = '%s' THEN RAISE EXCEPTION 'refused until the cause is fixed'; END IF;
                  RETURN NEW;
                END $$""".formatted(refused)).update();
        jdbc.sql("CREATE TRIGGER refuse_for_replay_test BEFORE INSERT ON event_log FOR EACH ROW EXECUTE FUNCTION refuse_for_replay_test()")
                .update();
        try {
            publisher.publish(Topics.ACTIVITY_EVENTS, registered(refused, 1, "Eerst geweigerd", List.of("OCW"), Instant.now(),
                    LocalDate.of(2024, 3, 1)), 0);
            DeadLetterTopic.awaitLetters(List.of(refused));
        } finally {
            jdbc.sql("DROP TRIGGER refuse_for_replay_test ON event_log").update();
            jdbc.sql("DROP FUNCTION refuse_for_replay_test()").update();
        }
        assertThat(http.getForEntity("/api/activities/" + refused, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map> first = replay();
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) first.getBody().get("applied")).longValue()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.getForEntity("/api/activities/" + refused, Map.class).getStatusCode() == HttpStatus.OK);

        ResponseEntity<Map> second = replay();
        assertThat(((Number) second.getBody().get("applied")).longValue()).isZero();
        assertThat(((Number) second.getBody().get("read")).longValue()).isEqualTo(((Number) first.getBody().get("read")).longValue());
        assertThat(jdbc.sql("SELECT count(*) FROM event_log WHERE aggregate_id = ?").param(refused).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyAProgrammeAdminMayReplay() {
        HttpHeaders viewer = TestIssuer.shared().bearer(TestUser.VIEWER);
        assertThat(http.postForEntity("/api/admin/dead-letters/replay", new HttpEntity<>(viewer), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<Map> replay() {
        return http.postForEntity("/api/admin/dead-letters/replay", null, Map.class);
    }
}
