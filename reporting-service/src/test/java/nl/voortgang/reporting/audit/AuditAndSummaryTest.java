package nl.voortgang.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpProgressRecordedEvent;
import nl.voortgang.contracts.motie.FollowUpResponsibilityReassignedEvent;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.Kamerstuk;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A motie followed from 2019 until it is fulfilled, and a toezegging that passes its due date. */
class AuditAndSummaryTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();
    private static final String motie = UUID.randomUUID().toString();
    private static final String toezegging = UUID.randomUUID().toString();
    private static final String actor = "auditor-" + UUID.randomUUID();

    @BeforeAll
    static void publishScenario() {
        publisher.publish(Topics.MOTIE_EVENTS, new MotieRegisteredEvent(motie, "NAP", List.of("Kamerlid, A"),
                LocalDate.of(2019, 2, 1), new Kamerstuk("2018/19", "34843", "80"), "verzoekt de regering", false,
                List.of("OCW"), "voor de zomer", LocalDate.of(2019, 7, 1), FollowUpStatus.NOT_STARTED, actor,
                Instant.parse("2019-02-01T09:00:00Z"), LocalDate.of(2019, 2, 1)), 0);
        publisher.publish(Topics.MOTIE_EVENTS, new FollowUpProgressRecordedEvent(motie, FollowUpKind.MOTIE,
                FollowUpStatus.NOT_STARTED, FollowUpStatus.IN_PROGRESS, "Brief in voorbereiding", actor,
                Instant.parse("2019-03-01T09:00:00Z"), LocalDate.of(2019, 3, 1)), 1);
        publisher.publish(Topics.MOTIE_EVENTS, new FollowUpResponsibilityReassignedEvent(motie, FollowUpKind.MOTIE,
                List.of("OCW"), List.of("BZK"), "Kabinetswissel, \"nieuw\" ministerie", actor,
                Instant.parse("2019-04-01T09:00:00Z"), LocalDate.of(2019, 4, 1)), 2);
        publisher.publish(Topics.MOTIE_EVENTS, new FollowUpFulfilledEvent(motie, FollowUpKind.MOTIE,
                FollowUpStatus.IN_PROGRESS, "Kamerstukken II 2019/20, 34843, nr. 81", "Brief verstuurd", actor,
                Instant.parse("2019-09-01T09:00:00Z"), LocalDate.of(2019, 8, 15)), 3);
        publisher.publish(Topics.MOTIE_EVENTS, new ToezeggingRegisteredEvent(toezegging, "NAP", "Commissiedebat",
                LocalDate.of(2019, 1, 15), "De minister stuurt een brief", List.of("OCW"), "voor de zomer",
                LocalDate.of(2019, 5, 1), FollowUpStatus.IN_PROGRESS, actor, Instant.parse("2019-01-15T09:00:00Z"),
                LocalDate.of(2019, 1, 15)), 0);
    }

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void theAuditTrailShowsWhoChangedWhatWhenWithBeforeAndAfter() {
        Map<String, Object> page = awaitAudit("?actor=" + actor + "&entityId=" + motie, 4);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) page.get("entries");
        assertThat(entries).extracting(e -> e.get("eventType")).containsExactly("MotieRegistered",
                "FollowUpProgressRecorded", "FollowUpResponsibilityReassigned", "FollowUpFulfilled");
        assertThat((List<Map<String, Object>>) entries.get(3).get("changes"))
                .contains(Map.of("field", "status", "before", "IN_PROGRESS", "after", "FULFILLED"));
        assertThat(entries.get(3)).containsEntry("effectiveDate", "2019-08-15")
                .containsEntry("recordedAt", "2019-09-01T09:00:00Z").containsEntry("explanation", "Brief verstuurd")
                .containsEntry("entityType", "MOTIE").containsEntry("actor", actor);
    }

    @Test
    void theAuditTrailFiltersOnMinistryTypeAndPeriod() {
        awaitAudit("?actor=" + actor, 5);
        assertThat(total("?actor=" + actor + "&responsible=bzk")).isEqualTo(2);
        assertThat(total("?actor=" + actor + "&responsible=OCW")).isEqualTo(4);
        assertThat(total("?actor=" + actor + "&type=FollowUpFulfilled")).isEqualTo(1);
        assertThat(total("?actor=" + actor + "&from=2019-03-01&to=2019-04-01")).isEqualTo(2);
        assertThat(total("?actor=" + actor + "&period=effective&from=2019-08-01&to=2019-08-31")).isEqualTo(1);
        Map<String, Object> secondPage = http.getForObject("/api/audit?actor=" + actor + "&size=2&page=1", Map.class);
        assertThat(secondPage).containsEntry("total", 5).containsEntry("page", 1);
        assertThat((List<?>) secondPage.get("entries")).hasSize(2);
    }

    @Test
    void theAuditTrailExportsAsCsv() {
        awaitAudit("?actor=" + actor, 5);
        ResponseEntity<String> csv = http.getForEntity("/api/audit?format=csv&actor=" + actor + "&entityId=" + motie,
                String.class);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("\"position\",\"recorded_at\"");
        assertThat(lines[3]).contains("\"Kabinetswissel, \"\"nieuw\"\" ministerie\"");
    }

    @Test
    void badAuditParametersSayWhatToChange() {
        ResponseEntity<Map> size = http.getForEntity("/api/audit?size=100000", Map.class);
        assertThat(size.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(size.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.getForEntity("/api/audit?from=gisteren", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/audit?page=x", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSummaryCountsAndTheOverdueItemsFollowTheDate() {
        awaitAudit("?actor=" + actor, 5);
        Map<String, Object> june = http.getForObject("/api/programme/summary?date=2019-06-01", Map.class);
        assertThat(overdueIds(june)).contains(toezegging).doesNotContain(motie);
        Map<String, Object> moties = (Map<String, Object>) june.get("moties");
        assertThat((List<Map<String, Object>>) moties.get("perResponsibleAndStatus")).contains(
                Map.of("group", "BZK", "status", "IN_PROGRESS", "statusLabel", "In uitvoering", "count", 1));
        Map<String, Object> august = http.getForObject("/api/programme/summary?date=2019-08-01", Map.class);
        assertThat(overdueIds(august)).contains(toezegging, motie);
        Map<String, Object> fulfilled = http.getForObject("/api/programme/summary?date=2019-08-20", Map.class);
        assertThat(overdueIds(fulfilled)).doesNotContain(motie);
        Map<String, Object> asKnownBefore = http.getForObject(
                "/api/programme/summary?date=2019-08-20&knownAt=2019-08-31T00:00:00Z", Map.class);
        assertThat(overdueIds(asKnownBefore)).contains(motie);
        Map<String, Object> state = http.getForObject("/api/moties/" + motie + "?date=2019-08-01", Map.class);
        assertThat(state).containsEntry("overdue", true).containsEntry("standVanZaken", "Brief in voorbereiding")
                .containsEntry("kamerstuk", "Kamerstukken II 2018/19, 34843, nr. 80");
    }

    private static List<String> overdueIds(Map<String, Object> summary) {
        return ((List<Map<String, Object>>) summary.get("overdue")).stream().map(o -> (String) o.get("id")).toList();
    }

    private long total(String query) {
        return ((Number) http.getForObject("/api/audit" + query, Map.class).get("total")).longValue();
    }

    private Map<String, Object> awaitAudit(String query, int total) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject("/api/audit" + query, Map.class),
                page -> ((Number) page.get("total")).intValue() == total);
    }
}
