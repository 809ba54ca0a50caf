package nl.voortgang.reporting.live;

import static nl.voortgang.reporting.ActivityEvents.registered;
import static nl.voortgang.reporting.ActivityEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.Topics;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.reporting.EventPublisher;
import nl.voortgang.reporting.ReportingServiceApplication;
import nl.voortgang.reporting.ReportingServiceIntegrationTest;
import nl.voortgang.testsupport.TestInfrastructure;
import nl.voortgang.testsupport.security.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class LiveStreamTest extends ReportingServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LiveStreamTest.class);
    private static final EventPublisher publisher = new EventPublisher();
    private static final Instant RECORDED = Instant.parse("2024-10-01T08:00:00Z");
    private static final LocalDate EFFECTIVE = LocalDate.of(2024, 10, 1);
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static final String TRACING_LOGGERS = "nl.voortgang.reporting.tracing";

    @LocalServerPort
    int port;

    @Autowired
    LoggingSystem logging;

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aChangeIsConsumedAndPushedUnderTheTraceItsRecordCarries(CapturedOutput output) {
        String id = UUID.randomUUID().toString();
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        logging.setLogLevel(TRACING_LOGGERS, LogLevel.DEBUG);
        try (StreamReader stream = StreamReader.connect(port, "entityId=" + id, null)) {
            await().atMost(DEADLINE).until(() -> stream.lastEventId() != null);
            publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 3, "Traceerbaar", List.of("OCW"), RECORDED, EFFECTIVE), 0,
                    Map.of(EventHeaders.TRACEPARENT, traceparent));

            await().atMost(DEADLINE).until(() -> stream.changes().size() == 1);
            await().atMost(DEADLINE).untilAsserted(() -> assertThat(output.getAll().lines()
                    .filter(line -> line.contains(id) && line.contains("[" + traceId + ",")))
                    .anySatisfy(line -> assertThat(line).contains("consumed ActivityRegistered"))
                    .anySatisfy(line -> assertThat(line).contains("pushed ActivityRegistered")
                            .contains(stream.changes().getFirst().id())));
        } finally {
            logging.setLogLevel(TRACING_LOGGERS, null);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    @Test
    void anAppliedEventAppearsOnTheStreamWithTheEntitysNewStatus() {
        String id = UUID.randomUUID().toString();
        try (StreamReader stream = StreamReader.connect(port, "entityId=" + id, null)) {
            await().atMost(DEADLINE).until(() -> stream.lastEventId() != null);
            publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 61, "Voorlichting", List.of("OCW", "SOCW"),
                    RECORDED, EFFECTIVE), 0);
            long published = System.nanoTime();
            publisher.publish(Topics.ACTIVITY_EVENTS, statusChanged(id, ActivityStatus.IN_PROGRESS,
                    ActivityStatus.DELAYED, "k.jansen", RECORDED.plusSeconds(60), EFFECTIVE.plusDays(1)), 1);

            await().atMost(DEADLINE).until(() -> stream.changes().size() == 2);
            StreamReader.Message change = stream.changes().get(1);
            log.info("live stream: a change arrived {} ms after its publication was acknowledged",
                    Duration.ofNanos(change.receivedNanos() - published).toMillis());
            Map<String, Object> data = change.json();
            assertThat(change.id()).isEqualTo(generation() + "-" + data.get("position"));
            assertThat(data).containsEntry("entityType", "ACTIVITY").containsEntry("entityId", id)
                    .containsEntry("code", "NAP-61.1").containsEntry("title", "Voorlichting")
                    .containsEntry("actionLine", 61).containsEntry("responsible", List.of("OCW", "SOCW"))
                    .containsEntry("eventType", "ActivityStatusChanged").containsEntry("actor", "k.jansen")
                    .containsEntry("actorName", EventPublisher.displayNameOf("k.jansen"))
                    .containsEntry("recordedAt", "2024-10-01T08:01:00Z").containsEntry("effectiveDate", "2024-10-02")
                    .containsEntry("status", "DELAYED").containsEntry("statusLabel", "In uitvoering met vertraging")
                    .containsEntry("version", 1);
            assertThat((List<Map<String, Object>>) data.get("changes")).contains(
                    Map.of("field", "status", "before", "IN_PROGRESS", "after", "DELAYED"));
            assertThat(((Number) data.get("position")).longValue())
                    .isGreaterThan(((Number) stream.changes().get(0).json().get("position")).longValue());
        }
    }

    @Test
    void aFilterMatchesOnlyItsChangesAndAResponsiblePartyAmongSeveral() {
        String mine = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        try (StreamReader stream = StreamReader.connect(port, "actionLine=62&responsible=socw&entityType=activity", null)) {
            await().atMost(DEADLINE).until(() -> stream.lastEventId() != null);
            publisher.publish(Topics.ACTIVITY_EVENTS, registered(other, 62, "Ander", List.of("OCW"), RECORDED, EFFECTIVE), 0);
            publisher.publish(Topics.ACTIVITY_EVENTS, registered(mine, 62, "Eigen", List.of("OCW", "SOCW"), RECORDED,
                    EFFECTIVE), 0);
            await().atMost(DEADLINE).until(() -> stream.changes().stream().anyMatch(m -> mine.equals(m.json().get("entityId"))));
            assertThat(stream.changes()).extracting(m -> m.json().get("entityId")).doesNotContain(other);
        }
    }

    @Test
    void aBadFilterIsRefusedWithWhatToChange() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON));
        ResponseEntity<Map> response = http.exchange("/api/events/stream?entityType=PROJECT", HttpMethod.GET,
                new HttpEntity<>(headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains("ACTIVITY, MOTIE, TOEZEGGING");
        ResponseEntity<Map> number = http.exchange("/api/events/stream?actionLine=twee", HttpMethod.GET,
                new HttpEntity<>(headers), Map.class);
        assertThat(number.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) number.getBody().get("detail")).contains("geheel getal");
    }

    @Test
    void aReconnectWithLastEventIdInTheMiddleOfABurstMissesNoneAndRepeatsNone() {
        List<DomainEvent> burst = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            burst.add(registered(id, 63, "Burst " + i, List.of("BZK"), RECORDED, EFFECTIVE));
        }
        List<StreamReader.Message> received = new ArrayList<>();
        String resumeFrom;
        try (StreamReader first = StreamReader.connect(port, "actionLine=63", null)) {
            await().atMost(DEADLINE).until(() -> first.lastEventId() != null);
            publisher.publishAll(Topics.ACTIVITY_EVENTS, burst, burst.stream().map(e -> 0L).toList());
            await().atMost(DEADLINE).until(() -> first.changes().size() >= 200);
            first.close();
            received.addAll(first.changes());
            resumeFrom = received.getLast().id();
        }
        long reconnected = System.nanoTime();
        try (StreamReader second = StreamReader.connect(port, "actionLine=63", resumeFrom)) {
            await().atMost(DEADLINE).until(() -> received.size() + second.changes().size() >= 1000);
            long replayed = second.changes().size();
            log.info("live stream: after a reconnect at {} of 1000, {} changes came in {} ms", received.size(), replayed,
                    Duration.ofNanos(second.changes().getLast().receivedNanos() - reconnected).toMillis());
            received.addAll(second.changes());
            assertThat(second.resets()).isEmpty();
        }
        List<Object> entityIds = received.stream().map(m -> m.json().get("entityId")).toList();
        assertThat(entityIds).hasSize(1000).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        List<Long> positions = received.stream().map(m -> ((Number) m.json().get("position")).longValue()).toList();
        assertThat(positions).isSorted();
    }

    @Test
    void twoInstancesOfOneConsumerGroupEachServeEveryEvent() {
        TestInfrastructure infra = TestInfrastructure.get();
        try (ConfigurableApplicationContext secondInstance = new SpringApplicationBuilder(ReportingServiceApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + infra.jdbcUrl("reporting"),
                        "--spring.datasource.username=" + infra.username(),
                        "--spring.datasource.password=" + infra.password(),
                        "--spring.kafka.bootstrap-servers=" + infra.bootstrapServers(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.shared().issuerUri())) {
            int secondPort = Integer.parseInt(secondInstance.getEnvironment().getProperty("local.server.port"));
            try (StreamReader onFirst = StreamReader.connect(port, "actionLine=64", null);
                    StreamReader onSecond = StreamReader.connect(secondPort, "actionLine=64", null)) {
                await().atMost(DEADLINE).until(() -> onFirst.lastEventId() != null && onSecond.lastEventId() != null);
                List<DomainEvent> events = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    events.add(registered(UUID.randomUUID().toString(), 64, "Twee " + i, List.of("JenV"), RECORDED,
                            EFFECTIVE));
                }
                publisher.publishAll(Topics.ACTIVITY_EVENTS, events, events.stream().map(e -> 0L).toList());
                await().atMost(DEADLINE).until(() -> onFirst.changes().size() >= 100 && onSecond.changes().size() >= 100);
                assertThat(onSecond.changes()).extracting(StreamReader.Message::id)
                        .containsExactlyElementsOf(onFirst.changes().stream().map(StreamReader.Message::id).toList());
                assertThat(onFirst.changes()).hasSize(100);
            }
        }
    }

    @Test
    void aRebuildSendsResetToAConnectedClientAndToOneReconnectingWithAnOldId() {
        String before = generation();
        String id = UUID.randomUUID().toString();
        try (StreamReader connected = StreamReader.connect(port, "entityId=" + id, null)) {
            publisher.publish(Topics.ACTIVITY_EVENTS, registered(id, 65, "Herbouw", List.of("VWS"), RECORDED, EFFECTIVE), 0);
            await().atMost(DEADLINE).until(() -> connected.changes().size() == 1);
            String oldId = connected.lastEventId();

            ResponseEntity<Map> accepted = http.postForEntity("/api/admin/rebuild", null, Map.class);
            assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            URI status = accepted.getHeaders().getLocation();
            await().atMost(Duration.ofSeconds(120)).until(() -> !"RUNNING".equals(http.getForObject(status, Map.class).get("state")));
            assertThat(http.getForObject(status, Map.class)).containsEntry("state", "SWITCHED");

            await().atMost(DEADLINE).until(() -> connected.resets().size() == 1);
            Map<String, Object> reset = connected.resets().getFirst().json();
            assertThat(reset).containsEntry("reason", "rebuild").containsEntry("generation", generation());
            assertThat(generation()).isNotEqualTo(before);
            assertThat(connected.lastEventId()).isEqualTo(generation() + "-" + reset.get("position"));

            try (StreamReader reconnecting = StreamReader.connect(port, "entityId=" + id, oldId)) {
                await().atMost(DEADLINE).until(() -> !reconnecting.messages().isEmpty());
                assertThat(reconnecting.messages().getFirst().event()).isEqualTo("reset");
                assertThat(reconnecting.changes()).isEmpty();
            }
            publisher.publish(Topics.ACTIVITY_EVENTS, statusChanged(id, ActivityStatus.IN_PROGRESS,
                    ActivityStatus.COMPLETED, "k.jansen", RECORDED.plusSeconds(60), EFFECTIVE), 1);
            await().atMost(DEADLINE).until(() -> connected.changes().size() == 2);
            assertThat(connected.changes().getLast().id()).startsWith(generation() + "-");
        }
    }

    @Test
    void anIdleStreamGetsHeartbeatComments() {
        try (StreamReader stream = StreamReader.connect(port, "entityId=" + UUID.randomUUID(), null)) {
            await().atMost(DEADLINE).until(() -> stream.comments().contains(" keep-alive"));
        }
    }

    private String generation() {
        return jdbc.sql("SELECT generation FROM live_generation").query(String.class).single();
    }
}
