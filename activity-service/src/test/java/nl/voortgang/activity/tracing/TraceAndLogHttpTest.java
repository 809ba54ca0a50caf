package nl.voortgang.activity.tracing;

import static nl.voortgang.activity.ActivityTopic.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.activity.ActivityTopic;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command's trace id is in its answer, in the log lines written while it is handled (with the command's name and its
 * aggregate's id), and in the {@code traceparent} header of the Kafka record the forwarder sends for its event; the
 * log lines never show the token or the request body, even with this service's own loggers at debug.
 */
@ExtendWith(OutputCaptureExtension.class)
class TraceAndLogHttpTest extends ActivityServiceIntegrationTest {

    private static final String TRACE_ID = "[0-9a-f]{32}";

    @Autowired
    LoggingSystem logging;

    @LocalServerPort
    int port;

    @Test
    void aCommandsTraceIdIsInItsAnswerItsLogLinesAndItsKafkaRecordButNotItsTokenOrBody(CapturedOutput output) {
        String token = TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN);
        String title = "Vertrouwelijke titel " + UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        logging.setLogLevel("nl.voortgang", LogLevel.DEBUG);
        ResponseEntity<Map> created;
        try {
            created = post("/api/activities", REGISTRATION.replace("Campagne werkvloer", title), headers);
        } finally {
            logging.setLogLevel("nl.voortgang", null);
        }

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String traceId = created.getHeaders().getFirst("X-Trace-Id");
        assertThat(traceId).matches(TRACE_ID);
        String id = (String) created.getBody().get("id");
        ConsumerRecord<String, byte[]> record = ActivityTopic.recordsOf(id, 1).getFirst();
        assertThat(header(record, "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(output.getAll().lines().filter(line -> line.contains(traceId)))
                .anySatisfy(line -> assertThat(line).contains("RegisterActivityCommand " + id).contains("command stored"));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(title);
    }

    @Test
    void aProblemAnswerQuotesTheTraceIdOfItsRequest() {
        ResponseEntity<Map> refused = post("/api/activities", """
                {"programme":"NAP","actionLine":1,"planning":"Q4 2023","responsible":["OCW"]}""");

        assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody().get("traceId")).isEqualTo(refused.getHeaders().getFirst("X-Trace-Id"));
        assertThat((String) refused.getBody().get("traceId")).matches(TRACE_ID);
    }

    @Test
    void theFilterChainsRefusalQuotesTheTraceIdOfItsRequestToo() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/activities"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(REGISTRATION)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.get("traceId").asString()).matches(TRACE_ID)
                .isEqualTo(refused.headers().firstValue("X-Trace-Id").orElseThrow());
    }
}
