package nl.voortgang.reporting.history;

import static nl.voortgang.reporting.ActivityEvents.registered;
import static nl.voortgang.reporting.ActivityEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures (logs, does not assert) the programme state on a date, and Bijlage 1 in every format, for
 * 1,000 activities with 10 events each.
 */
class StateOnDateMeasurementTest extends ReportingServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(StateOnDateMeasurementTest.class);
    private static final EventPublisher publisher = new EventPublisher();
    private static final int ACTIVITIES = 1000;
    private static final int EVENTS_EACH = 10;
    private static final ActivityStatus[] CYCLE = {ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED};

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void theStateOnADateIsOneIndexedQuery() {
        List<String> ids = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        Instant start = Instant.parse("2021-01-04T09:00:00Z");
        LocalDate day = LocalDate.of(2021, 1, 4);
        for (int a = 0; a < ACTIVITIES; a++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            events.add(registered(id, 1 + a % 5, "Activiteit " + a, List.of("OCW", "SZW"), start, day));
            sequences.add(0L);
            for (int s = 1; s < EVENTS_EACH; s++) {
                events.add(statusChanged(id, CYCLE[(s + 1) % 2], CYCLE[s % 2], "import", start.plus(Duration.ofDays(7L * s)),
                        day.plusDays(7L * s - (s % 3 == 0 ? 10 : 0))));
                sequences.add((long) s);
            }
        }
        long published = System.nanoTime();
        publisher.publishAll(Topics.ACTIVITY_EVENTS, events, sequences);
        await().atMost(Duration.ofMinutes(5)).until(() -> applied(ids) == (long) ACTIVITIES * EVENTS_EACH);
        log.info("measured: {} events applied by the live consumer in {} ms", events.size(),
                (System.nanoTime() - published) / 1_000_000);
        jdbc.sql("ANALYZE entity_history").update();

        String url = "/api/activities?date=2021-02-20&knownAt=2021-02-10T00:00:00Z&actionLine=1";
        long[] apiMillis = new long[20];
        for (int i = 0; i < apiMillis.length; i++) {
            long t = System.nanoTime();
            List<?> activities = http.getForObject("/api/programme/state?date=2021-02-20&knownAt=2021-02-10T00:00:00Z",
                    Map.class).values().stream().toList();
            apiMillis[i] = (System.nanoTime() - t) / 1_000_000;
            assertThat(activities).isNotEmpty();
        }
        Arrays.sort(apiMillis);
        List<String> plan = jdbc.sql("""
                        EXPLAIN ANALYZE SELECT state FROM entity_history
                        WHERE daterange(valid_from, valid_to) @> DATE '2021-02-20'
                          AND tstzrange(recorded_from, recorded_to) @> CAST(:k AS timestamptz)""")
                .param("k", Timestamp.from(Instant.parse("2021-02-10T00:00:00Z"))).query(String.class).list();
        long rows = jdbc.sql("SELECT count(*) FROM entity_history").query(Long.class).single();
        log.info("measured: GET /api/programme/state for {} activities ({} history rows): p50 {} ms, p95 {} ms, max {} ms",
                ACTIVITIES, rows, apiMillis[10], apiMillis[18], apiMillis[19]);
        log.info("measured: plan\n{}", String.join("\n", plan));
        assertThat(String.join("\n", plan)).contains("entity_history_on_date_as_known");
        for (String format : List.of("html", "pdf", "docx", "csv")) {
            long slowest = 0;
            int size = 0;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                byte[] report = http.getForObject("/api/reports/bijlage1?date=2021-02-20&knownAt=2021-02-10T00:00:00Z&format="
                        + format, byte[].class);
                slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
                size = report.length;
            }
            log.info("measured: Bijlage 1 for {} activities as {}: slowest of 3 runs {} ms, {} bytes", ACTIVITIES, format,
                    slowest, size);
        }
        assertThat(http.getForObject(url, List.class)).hasSize(ACTIVITIES / 5 + countOthersOnLine1());
    }

    private int countOthersOnLine1() {
        return jdbc.sql("""
                        SELECT count(*) FROM entity_history WHERE action_line = 1 AND entity_type = 'ACTIVITY'
                          AND daterange(valid_from, valid_to) @> DATE '2021-02-20'
                          AND tstzrange(recorded_from, recorded_to) @> TIMESTAMPTZ '2021-02-10T00:00:00Z'
                          AND state->>'title' NOT LIKE 'Activiteit %'""").query(Integer.class).single();
    }

    private long applied(List<String> ids) {
        return jdbc.sql("SELECT count(*) FROM event_log WHERE aggregate_id = ANY(:ids)")
                .param("ids", ids.toArray(String[]::new)).query(Long.class).single();
    }
}
