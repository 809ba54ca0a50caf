package nl.voortgang.reporting.rebuild;

import static nl.voortgang.reporting.ActivityEvents.registered;
import static nl.voortgang.reporting.ActivityEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RebuildTest extends ReportingServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(RebuildTest.class);
    private static final EventPublisher publisher = new EventPublisher();
    private static final Instant RECORDED = Instant.parse("2024-09-01T08:00:00Z");
    private static final String STATE_ON = "/api/programme/state?date=2024-09-03&knownAt=2024-09-02T12:00:00Z";

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void aRebuildReplaysTheTopicsIntoAFreshSchemaAndSwitchesWithoutLosingOrDoublingAnEvent() {
        List<String> eventIds = new ArrayList<>();
        List<String> before = publishActivities(50, eventIds);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(eventIds) == eventIds.size());
        Map<String, Object> stateBefore = http.getForObject(STATE_ON, Map.class);
        long lastPositionBefore = jdbc.sql("SELECT max(position) FROM event_log").query(Long.class).single();
        List<String> indexesBefore = indexes();

        ResponseEntity<Map> accepted = http.postForEntity("/api/admin/rebuild", null, Map.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        URI status = accepted.getHeaders().getLocation();
        List<String> during = new ArrayList<>();
        Map<String, Object> run = await().atMost(Duration.ofSeconds(120)).until(() -> {
            if (during.size() < 30) {
                during.addAll(publishActivities(1, eventIds));
            }
            assertThat(http.getForEntity(STATE_ON, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            return (Map<String, Object>) http.getForObject(status, Map.class);
        }, r -> !"RUNNING".equals(r.get("state")));
        assertThat(run).containsEntry("state", "SWITCHED");
        log.info("rebuild: {} events at {} events/s", run.get("eventsApplied"), run.get("eventsPerSecond"));

        await().atMost(Duration.ofSeconds(60)).until(() -> applied(eventIds) == eventIds.size());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE event_id = ANY(:ids)")
                .param("ids", eventIds.toArray(String[]::new)).query(Long.class).single()).isEqualTo(eventIds.size());
        assertThat(jdbc.sql("SELECT min(position) FROM event_log").query(Long.class).single())
                .isGreaterThan(lastPositionBefore);
        Map<String, Object> stateAfter = http.getForObject(STATE_ON, Map.class);
        assertThat(ids(stateAfter)).containsAll(before).containsAll(ids(stateBefore));
        assertThat(http.getForObject("/api/activities/" + during.getLast(), Map.class)).containsEntry("version", 1);
        assertThat(indexes()).as("the indexes the replay did without are built before the switch")
                .containsExactlyInAnyOrderElementsOf(indexesBefore)
                .anyMatch(index -> index.contains("audit_entry_responsible"));
    }

    private List<String> indexes() {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()").query(String.class).list();
    }

    @Test
    void anUnknownRebuildIsNotFound() {
        assertThat(http.getForEntity("/api/admin/rebuild/999999", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<String> ids(Map<String, Object> state) {
        return ((List<Map<String, Object>>) state.get("activities")).stream().map(a -> (String) a.get("id")).toList();
    }

    private static List<String> publishActivities(int count, List<String> eventIds) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            eventIds.add(publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 4, "Onderzoek", List.of("VWS"), RECORDED,
                    LocalDate.of(2024, 9, 1)), 0));
            eventIds.add(publisher.publish(Topics.ACTIVITY_EVENTS, statusChanged(id, ActivityStatus.IN_PROGRESS,
                    ActivityStatus.COMPLETED, "import", RECORDED.plusSeconds(60), LocalDate.of(2024, 9, 2)), 1));
        }
        return ids;
    }

    private long applied(List<String> eventIds) {
        return jdbc.sql("SELECT count(*) FROM event_log WHERE event_id = ANY(:ids)")
                .param("ids", eventIds.toArray(String[]::new)).query(Long.class).single();
    }
}
