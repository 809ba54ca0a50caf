package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.testsupport.metrics.PromQl;
import nl.voortgang.testsupport.metrics.PrometheusScrape;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives commands through the real stack, and one record that cannot be read, then scrapes each service's
 * /actuator/prometheus as Prometheus would: the commands, events and consumption are counted where they happened,
 * and every metric that the Grafana dashboard and the alert rules query is really exposed, so they cannot rot.
 */
class MetricsIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String COMMANDS = "voortgang_commands_seconds_count";
    private static final Set<String> FROM_PROMETHEUS_ITSELF = Set.of("up");

    private static Endpoints stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.endpoints();
    }

    @Test
    void commandsEventsAndConsumptionAreCountedWhereTheyHappenAndEveryQueriedMetricIsExposed() throws IOException {
        Map<String, PrometheusScrape> before = scrapeAll();

        Http.Response activity = Http.post(stack.activityService(), "/api/activities", """
                {"programme":"NAP","actionLine":3,"title":"Gemeten campagne","planning":"2024","responsible":["OCW"],
                 "status":"IN_PROGRESS","effectiveDate":"2024-03-18"}""");
        assertThat(activity.status()).isEqualTo(201);
        String id = activity.body().get("id").asString();
        assertThat(Http.post(stack.activityService(), "/api/activities/" + id + "/status", "{\"status\":\"ONGOING\"}").status())
                .isEqualTo(200);
        assertThat(Http.post(stack.activityService(), "/api/activities/" + id + "/status", "{\"status\":\"ONGOING\"}").status())
                .isEqualTo(409);
        Http.Response motie = Http.post(stack.motieService(), "/api/moties", """
                {"programme":"NAP","submitters":["Gemeten c.s."],"parliamentaryYear":"2023/24","dossier":"34843","number":"%d",
                 "text":"Verzoekt de regering te meten.","responsible":["SOCW"],"status":"IN_PROGRESS","effectiveDate":"2024-01-10"}"""
                .formatted(9000 + ThreadLocalRandom.current().nextInt(1000)));
        assertThat(motie.status()).isEqualTo(201);
        String poisonKey = publishUnreadableRecord();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, PrometheusScrape> now = scrapeAll();
            assertThat(delta(before, now, "reporting-service", "voortgang_consumption_applied_total", "type", "ActivityRegistered"))
                    .isEqualTo(1);
            assertThat(delta(before, now, "reporting-service", "voortgang_consumption_applied_total", "type", "ActivityStatusChanged"))
                    .isEqualTo(1);
            assertThat(delta(before, now, "reporting-service", "voortgang_consumption_applied_total", "type", "MotieRegistered"))
                    .isEqualTo(1);
            assertThat(delta(before, now, "reporting-service", "voortgang_consumption_dead_lettered_total",
                    "topic", Topics.ACTIVITY_EVENTS)).as(poisonKey).isEqualTo(1);
            assertThat(now.get("activity-service").sum("voortgang_forwarding_backlog", "topic", Topics.ACTIVITY_EVENTS)).isZero();
            assertThat(now.get("motie-service").sum("voortgang_forwarding_backlog", "topic", Topics.MOTIE_EVENTS)).isZero();
            assertThat(now.get("reporting-service").has("kafka_consumer_fetch_manager_records_lag")).isTrue();
        });
        Map<String, PrometheusScrape> after = scrapeAll();
        assertThat(delta(before, after, "activity-service", COMMANDS, "command", "Activity.register", "outcome", "accepted"))
                .isEqualTo(1);
        assertThat(delta(before, after, "activity-service", COMMANDS, "command", "Activity.changeStatus", "outcome", "accepted"))
                .isEqualTo(1);
        assertThat(delta(before, after, "activity-service", COMMANDS, "command", "Activity.changeStatus", "outcome", "409"))
                .isEqualTo(1);
        assertThat(delta(before, after, "motie-service", COMMANDS, "command", "Motie.register", "outcome", "accepted"))
                .isEqualTo(1);
        assertThat(delta(before, after, "activity-service", "voortgang_events_appended_total", "type", "ActivityStatusChanged"))
                .isEqualTo(1);
        assertThat(delta(before, after, "motie-service", "voortgang_events_appended_total", "type", "MotieRegistered"))
                .isEqualTo(1);
        assertThat(delta(before, after, "activity-service", "voortgang_forwarding_events_total", "topic", Topics.ACTIVITY_EVENTS))
                .isGreaterThanOrEqualTo(2);
        after.forEach((service, scrape) -> assertThat(scrape.sum("voortgang_ready")).as(service).isEqualTo(1));

        Set<String> exposed = new TreeSet<>();
        after.values().forEach(scrape -> exposed.addAll(scrape.names()));
        Set<String> queried = new TreeSet<>();
        Stream.concat(MonitoringQueries.dashboardExpressions().stream(), MonitoringQueries.alertExpressions().stream())
                .forEach(expression -> queried.addAll(PromQl.metricNames(expression)));
        queried.removeAll(FROM_PROMETHEUS_ITSELF);
        assertThat(queried).hasSizeGreaterThan(10);
        assertThat(exposed).as("metrics the dashboard or the alert rules query").containsAll(queried);
        after.forEach((service, scrape) -> System.out.printf("%s /actuator/prometheus: %d bytes, %d samples%n", service,
                scrape.bytes(), scrape.size()));
    }

    private static String publishUnreadableRecord() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ACTIVITY_EVENTS, key,
                "{geen json".getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of(EventHeaders.EVENT_ID, UUID.randomUUID().toString(), EventHeaders.AGGREGATE_ID, key,
                EventHeaders.AGGREGATE_TYPE, "Activity", EventHeaders.SEQUENCE_NUMBER, "0",
                EventHeaders.EVENT_TYPE, "ActivityRegistered", EventHeaders.EVENT_REVISION, "1");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the unreadable record", e);
        }
        return key;
    }

    private static Map<String, PrometheusScrape> scrapeAll() {
        Map<String, PrometheusScrape> scrapes = new LinkedHashMap<>();
        scrapes.put("activity-service", scrape(stack.activityService()));
        scrapes.put("motie-service", scrape(stack.motieService()));
        scrapes.put("reporting-service", scrape(stack.reportingService()));
        return scrapes;
    }

    private static PrometheusScrape scrape(URI service) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                .header("Authorization", "Bearer " + LocalTokens.testClient()).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(service.toString()).isEqualTo(200);
            return PrometheusScrape.parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("scraping " + service + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double delta(Map<String, PrometheusScrape> before, Map<String, PrometheusScrape> after, String service,
            String name, String... labels) {
        return after.get(service).sum(name, labels) - before.get(service).sum(name, labels);
    }
}
