package nl.voortgang.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/** Measures, and only reports, how long a status change takes through HTTP into PostgreSQL. */
class CommandLatencyTest extends ActivityServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(CommandLatencyTest.class);
    private static final int WARM_UP = 20;
    private static final int MEASURED = 200;

    @Test
    void reportsTheLatencyOfSequentialStatusChanges() {
        String id = registerActivity();
        List<Duration> latencies = new ArrayList<>();
        for (int change = 0; change < WARM_UP + MEASURED; change++) {
            String status = change % 2 == 0 ? "ONGOING" : "IN_PROGRESS";
            long start = System.nanoTime();
            HttpStatus answer = HttpStatus.valueOf(post("/api/activities/" + id + "/status",
                    "{\"status\":\"" + status + "\"}").getStatusCode().value());
            if (change >= WARM_UP) {
                latencies.add(Duration.ofNanos(System.nanoTime() - start));
            }
            assertThat(answer).isEqualTo(HttpStatus.OK);
        }
        Collections.sort(latencies);
        log.info("Status change latency over {} sequential HTTP commands on one activity (after {} warm-up): "
                        + "median {} ms, p99 {} ms, max {} ms",
                MEASURED, WARM_UP, millis(latencies.get(MEASURED / 2)), millis(latencies.get(MEASURED * 99 / 100 - 1)),
                millis(latencies.getLast()));
    }

    private static String millis(Duration duration) {
        return String.format("%.1f", duration.toNanos() / 1_000_000.0);
    }
}
