package nl.voortgang.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.voortgang.activity.ActivityServiceIntegrationTest;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import nl.voortgang.testsupport.web.OpenApiFuzzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

class OpenApiFuzzHttpTest extends ActivityServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void noGeneratedRequestFaultsTheServiceStoresAnythingItRefusesOrStopsForwarding() {
        List<String> activities = List.of(registerActivity(), registerActivity());

        OpenApiFuzzer.Report report = OpenApiFuzzer.fuzz(URI.create(http.getRootUri()), OpenApiFuzzer.Settings.fromSystemProperties(
                TestIssuer.shared().token(TestUser.PROGRAMME_ADMIN), activities, Set.of(), this::storedEvents));

        assertThat(report.faults()).as(report.summary()).isEmpty();
        assertThat(report.operations()).contains("POST /api/activities", "POST /api/activities/{id}/status", "POST /api/imports");
        assertThat(http.getForEntity("/actuator/health/readiness", Map.class).getBody()).containsEntry("status", "UP");
        ResponseEntity<Map> afterwards = post("/api/activities/" + activities.getFirst() + "/progress",
                "{\"period\":\"2024\",\"text\":\"Na het fuzzen gewoon verder.\"}");
        assertThat(afterwards.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.get("voortgang.forwarding.events").counter().count() >= storedEvents());
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }
}
