package nl.voortgang.motie.web;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.voortgang.motie.MotieServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import nl.voortgang.testsupport.web.OpenApiFuzzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

class OpenApiFuzzHttpTest extends MotieServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void noGeneratedRequestFaultsTheServiceStoresAnythingItRefusesOrStopsForwarding() {
        List<String> followUps = List.of(register("/api/moties", FollowUpHttpTest.MOTIE),
                register("/api/toezeggingen", FollowUpHttpTest.TOEZEGGING));

        OpenApiFuzzer.Report report = OpenApiFuzzer.fuzz(URI.create(http.getRootUri()), OpenApiFuzzer.Settings.fromSystemProperties(
                TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN), followUps, Set.of(), this::storedEventsButOverdue));

        assertThat(report.faults()).as(report.summary()).isEmpty();
        assertThat(report.operations()).contains("POST /api/moties", "POST /api/toezeggingen/{id}/due-date", "POST /api/imports");
        assertThat(http.getForEntity("/actuator/health/readiness", Map.class).getBody()).containsEntry("status", "UP");
        String afterwards = register("/api/moties", FollowUpHttpTest.MOTIE);
        assertThat(post("/api/moties/" + afterwards + "/progress",
                "{\"status\":\"IN_PROGRESS\",\"text\":\"Na het fuzzen gewoon verder.\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.get("voortgang.forwarding.events").counter().count()
                >= jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single());
    }

    /** The overdue scheduler records FollowUpOverdue by itself, also while a refused request is answered. */
    private long storedEventsButOverdue() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type <> 'FollowUpOverdue'").query(Long.class).single();
    }

    private String register(String path, String json) {
        return (String) post(path, json).getBody().get("id");
    }

    private ResponseEntity<Map> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }
}
