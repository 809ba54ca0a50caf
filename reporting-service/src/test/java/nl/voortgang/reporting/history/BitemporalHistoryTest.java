package nl.voortgang.reporting.history;

import static nl.voortgang.reporting.ActivityEvents.Q2_2024;
import static nl.voortgang.reporting.ActivityEvents.Q4_2024;
import static nl.voortgang.reporting.ActivityEvents.delayed;
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
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An activity whose status is corrected back-dated after a report went out: the report as known
 * then stays reproducible, the state as known now includes the correction.
 */
class BitemporalHistoryTest extends ReportingServiceIntegrationTest {

    private static final String REPORT_SENT = "2024-03-15T12:00:00Z";
    private static final EventPublisher publisher = new EventPublisher();
    private static final String id = UUID.randomUUID().toString();

    @BeforeAll
    static void publishScenario() {
        publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 2, "Handreiking", List.of("OCW"),
                Instant.parse("2024-01-10T09:00:00Z"), LocalDate.of(2024, 1, 10)), 0);
        publisher.publish(Topics.ACTIVITY_EVENTS, delayed(id, ActivityStatus.IN_PROGRESS, Q2_2024, Q4_2024, "jan@ocw",
                Instant.parse("2024-03-10T09:00:00Z"), LocalDate.of(2024, 3, 10)), 1);
        publisher.publish(Topics.ACTIVITY_EVENTS, statusChanged(id, ActivityStatus.IN_PROGRESS, ActivityStatus.ONGOING,
                "piet@ocw", Instant.parse("2024-04-02T09:00:00Z"), LocalDate.of(2024, 2, 20)), 2);
        publisher.publish(Topics.ACTIVITY_EVENTS, new ActivityCompletedEvent(id, ActivityStatus.DELAYED, "Opgeleverd",
                "jan@ocw", Instant.parse("2024-06-01T09:00:00Z"), LocalDate.of(2024, 5, 31)), 3);
    }

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void theCurrentStateReflectsEveryEvent() {
        Map<String, Object> now = awaitVersion(3);
        assertThat(now).containsEntry("status", "COMPLETED").containsEntry("statusLabel", "Afgerond")
                .containsEntry("explanation", "Opgeleverd").containsEntry("slips", 1);
        assertThat((Map<String, Object>) now.get("planning")).containsEntry("text", "Q4 2024");
        assertThat((Map<String, Object>) now.get("originalPlanning")).containsEntry("text", "Q2 2024");
    }

    @Test
    void aReportAsKnownWhenItWasSentIsReproducedAfterABackDatedCorrection() {
        awaitVersion(3);
        assertThat(activity("?date=2024-03-01&knownAt=" + REPORT_SENT)).containsEntry("status", "IN_PROGRESS")
                .containsEntry("version", 0);
        assertThat(activity("?date=2024-03-12&knownAt=" + REPORT_SENT)).containsEntry("status", "DELAYED")
                .containsEntry("statusLabel", "In uitvoering met vertraging").containsEntry("version", 1);
    }

    @Test
    void theSameDateAsKnownNowIncludesTheBackDatedCorrection() {
        awaitVersion(3);
        assertThat(activity("?date=2024-03-01")).containsEntry("status", "ONGOING").containsEntry("version", 2)
                .containsEntry("validFrom", "2024-02-20").containsEntry("validTo", "2024-03-10");
        assertThat(activity("?date=2024-03-12")).containsEntry("status", "DELAYED").containsEntry("version", 2);
        assertThat(activity("?date=2024-05-31")).containsEntry("status", "COMPLETED");
    }

    @Test
    void theDelaysShowOriginalAndCurrentPlanningAndTheNumberOfSlips() {
        awaitVersion(3);
        Map<String, Object> delays = http.getForObject("/api/delays?date=2024-03-12&knownAt=" + REPORT_SENT, Map.class);
        assertThat((List<Map<String, Object>>) delays.get("activities")).filteredOn(a -> id.equals(a.get("id")))
                .singleElement().satisfies(a -> assertThat(a).containsEntry("planning", "Q4 2024")
                        .containsEntry("originalPlanning", "Q2 2024").containsEntry("slips", 1)
                        .containsEntry("status", "DELAYED"));
        assertThat((List<Map<String, Object>>) delays.get("delayedPerResponsible"))
                .anySatisfy(c -> assertThat(c).containsEntry("group", "OCW"));
    }

    @Test
    void beforeItsRegistrationTheActivityIsNotFound() {
        awaitVersion(3);
        ResponseEntity<Map> response = http.getForEntity("/api/activities/" + id + "?date=2024-01-09", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains("did not exist on 2024-01-09");
    }

    @Test
    void theHistoryShowsEveryIntervalWithWhenItWasKnown() {
        awaitVersion(3);
        List<Map<String, Object>> asKnownNow = http.getForObject("/api/activities/" + id + "/history?knownAt="
                + Instant.now(), List.class);
        assertThat(asKnownNow).extracting(e -> e.get("validFrom"))
                .containsExactly("2024-01-10", "2024-02-20", "2024-03-10", "2024-05-31");
        List<Map<String, Object>> everything = http.getForObject("/api/activities/" + id + "/history", List.class);
        assertThat(everything.size()).isGreaterThan(asKnownNow.size());
    }

    @Test
    void theProgrammeListFiltersOnDateActionLineStatusAndResponsible() {
        awaitVersion(3);
        List<Map<String, Object>> delayed = http.getForObject(
                "/api/activities?date=2024-03-12&knownAt=" + REPORT_SENT + "&actionLine=2&status=DELAYED&responsible=ocw",
                List.class);
        assertThat(delayed).extracting(a -> a.get("id")).contains(id);
        List<Map<String, Object>> otherMinistry = http.getForObject(
                "/api/activities?date=2024-03-12&actionLine=2&status=DELAYED&responsible=SZW", List.class);
        assertThat(otherMinistry).extracting(a -> a.get("id")).doesNotContain(id);
    }

    @Test
    void aBadDateIsAClientMistakeThatSaysWhatToChange() {
        ResponseEntity<Map> response = http.getForEntity("/api/activities?date=01-03-2024", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains("2024-03-01");
        ResponseEntity<Map> status = http.getForEntity("/api/activities?status=KLAAR", Map.class);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) status.getBody().get("detail")).contains("COMPLETED");
    }

    private Map<String, Object> activity(String query) {
        ResponseEntity<Map> response = http.getForEntity("/api/activities/" + id + query, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> awaitVersion(int version) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            ResponseEntity<Map> response = http.getForEntity("/api/activities/" + id, Map.class);
            return response.getStatusCode() == HttpStatus.OK ? (Map<String, Object>) response.getBody() : null;
        }, body -> body != null && ((Number) body.get("version")).intValue() == version);
    }
}
