package nl.voortgang.motie.deadline;

import static nl.voortgang.motie.MotieTopic.header;
import static nl.voortgang.motie.MotieTopic.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.motie.MotieServiceApplication;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.motie.MotieTopic;
import nl.voortgang.testsupport.TestInfrastructure;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

class OverdueTest extends MotieServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void anUnfulfilledToezeggingBecomesOverdueWhenTheClockPassesItsDueDateAndAFulfilledOneNever() {
        LocalDate today = ProgrammeTime.today(clock);
        String fulfilled = registerToezeggingDue(today);
        assertThat(post("/api/toezeggingen/" + fulfilled + "/fulfilment", "{\"document\":\"Kamerstukken II 2024/25, 34843, nr. 116\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String open = registerToezeggingDue(today);

        clock.advance(Duration.ofDays(2));

        ConsumerRecord<String, byte[]> overdue = MotieTopic.awaitEventType(open, "FollowUpOverdue").getLast();
        assertThat(header(overdue, EventHeaders.ACTOR)).isEqualTo("system");
        assertThat(header(overdue, EventHeaders.SEQUENCE_NUMBER)).isEqualTo("1");
        assertThat(header(overdue, EventHeaders.EFFECTIVE_DATE)).isEqualTo(today.plusDays(1).toString());
        assertThat(value(overdue)).contains("\"dueDate\":\"" + today + "\"").contains("\"status\":\"IN_PROGRESS\"");
        assertThat(storedEventTypes(fulfilled)).containsExactly("ToezeggingRegistered", "FollowUpFulfilled");
        assertThat(jdbc.sql("SELECT fulfilled FROM follow_up_deadline WHERE item_id = ?").param(fulfilled).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aNewDueDateReschedulesTheDeadline() {
        LocalDate today = ProgrammeTime.today(clock);
        String id = registerToezeggingDue(today);
        assertThat(post("/api/toezeggingen/" + id + "/due-date", "{\"dueText\":\"eind " + (today.getYear() + 2) + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        clock.advance(Duration.ofDays(2));
        String other = registerToezeggingDue(today);
        MotieTopic.awaitEventType(other, "FollowUpOverdue");

        assertThat(storedEventTypes(id)).containsExactly("ToezeggingRegistered", "FollowUpDueDateChanged");
    }

    @Test
    void aDeadlineRecordedByAnInstanceThatStoppedStillFires() {
        LocalDate today = ProgrammeTime.today(clock);
        String id;
        try (ConfigurableApplicationContext stoppedInstance = startAnotherInstance()) {
            String port = stoppedInstance.getEnvironment().getProperty("local.server.port");
            id = RestClient.create("http://localhost:" + port).post().uri("/api/toezeggingen")
                    .contentType(MediaType.APPLICATION_JSON).headers(headers -> headers.addAll(TestIssuer.shared().bearer(TestUser.PROGRAMME_ADMIN)))
                    .body(toezeggingDue(today))
                    .retrieve().toEntity(Map.class).getBody().get("id").toString();
        }
        assertThat(jdbc.sql("SELECT due_date FROM follow_up_deadline WHERE item_id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(today);

        clock.advance(Duration.ofDays(2));

        assertThat(value(MotieTopic.awaitEventType(id, "FollowUpOverdue").getLast())).contains("\"dueDate\":\"" + today + "\"");
    }

    private ConfigurableApplicationContext startAnotherInstance() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return new SpringApplicationBuilder(MotieServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + infrastructure.jdbcUrl("motie"),
                "--spring.datasource.username=" + infrastructure.username(),
                "--spring.datasource.password=" + infrastructure.password(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.shared().issuerUri(),
                "--voortgang.deadlines.poll-interval=PT0.5S");
    }

    private List<String> storedEventTypes(String itemId) {
        return jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(itemId).query(String.class).list();
    }

    private String registerToezeggingDue(LocalDate dueDate) {
        ResponseEntity<Map> response = post("/api/toezeggingen", toezeggingDue(dueDate));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    private static String toezeggingDue(LocalDate dueDate) {
        return """
                {"programme":"NAP","occasion":"Commissiedebat","text":"De minister informeert de Kamer.","responsible":["SOCW"],
                 "dueText":"morgen, zei de minister","dueDate":"%s","status":"IN_PROGRESS"}""".formatted(dueDate);
    }

    private ResponseEntity<Map> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }
}
