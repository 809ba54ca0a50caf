package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import nl.voortgang.localstack.Endpoints;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One status change followed under one trace id through the real processes: the trace id activity-service answers
 * is the one in the {@code traceparent} header of the Kafka record its forwarder sent, and the one in the line
 * reporting-service logged when it consumed that record (its tracing logger is at debug in the system tests' stack).
 */
class TraceThroughTheStackIT {

    private static final String ACTIVITY_TOPIC = "voortgang.activity.events";

    private static Endpoints stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.endpoints();
    }

    @Test
    void aStatusChangesTraceIdReachesItsKafkaRecordAndReportingServicesLogLine() {
        Http.Response created = Http.post(stack.activityService(), "/api/activities", """
                {"programme":"NAP","actionLine":4,"title":"Traceerbare campagne","planning":"2024","responsible":["VWS"],
                 "status":"NOT_STARTED","effectiveDate":"2024-01-08"}""");
        String id = created.body().get("id").asString();
        Http.Response changed = Http.post(stack.activityService(), "/api/activities/" + id + "/status", """
                {"status":"IN_PROGRESS","explanation":"De campagne is gestart.","effectiveDate":"2024-02-01"}""");

        assertThat(changed.status()).isEqualTo(200);
        String traceId = changed.header("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo(created.header("X-Trace-Id"));
        ConsumerRecord<String, byte[]> record = recordOf(id, "ActivityStatusChanged");
        assertThat(header(record, "traceparent")).startsWith("00-" + traceId + "-");
        Path reportingLog = stack.stateDirectory().resolve("logs").resolve("reporting-service.log");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(Files.readAllLines(reportingLog, StandardCharsets.UTF_8))
                        .filteredOn(line -> line.contains(traceId))
                        .anySatisfy(line -> assertThat(line).contains("consumed ActivityStatusChanged").contains(id)));
    }

    private ConsumerRecord<String, byte[]> recordOf(String activityId, String eventType) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(ACTIVITY_TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (activityId.equals(record.key()) && eventType.equals(header(record, "event-type"))) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
