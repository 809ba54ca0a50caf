package nl.voortgang.reporting.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.voortgang.contracts.Topics;
import nl.voortgang.reporting.ActivityEvents;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;

/** The consumer continues the trace a record's traceparent header carries; a problem answer quotes its request's trace. */
@ExtendWith(OutputCaptureExtension.class)
class ConsumptionTracingTest extends ReportingServiceIntegrationTest {

    private static final EventPublisher publisher = new EventPublisher();

    @Autowired
    LoggingSystem logging;

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    void theLineLoggedForAConsumedEventCarriesTheTraceIdOfItsRecord(CapturedOutput output) {
        String id = UUID.randomUUID().toString();
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        logging.setLogLevel(ConsumptionTracing.class.getName(), LogLevel.DEBUG);
        try {
            publisher.publish(Topics.ACTIVITY_EVENTS, ActivityEvents.registered(id, 3, "Traceerbaar", List.of("OCW"),
                    Instant.parse("2024-02-01T10:00:00Z"), LocalDate.of(2024, 2, 1)), 0, Map.of("traceparent", traceparent));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(output.getAll().lines()
                    .filter(line -> line.contains("consumed ActivityRegistered") && line.contains(id)))
                    .singleElement().satisfies(line -> assertThat(line).contains("[" + traceId + ",")));
        } finally {
            logging.setLogLevel(ConsumptionTracing.class.getName(), null);
        }
    }

    @Test
    void aProblemAnswerQuotesTheTraceIdOfItsRequest() {
        ResponseEntity<Map> refused = http.getForEntity("/api/activities?date=01-03-2024", Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("traceId")).matches("[0-9a-f]{32}");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
