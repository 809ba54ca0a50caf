package nl.voortgang.reporting;

import nl.voortgang.testsupport.TestInfrastructure;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole service on a random port, consuming from the shared real Kafka broker into real
 * PostgreSQL. Every test class shares this one context (one consumer in the group); its
 * consumer counts as stalled after 3 s so that a test can see readiness change, and its live
 * stream beats every second so that a test can see a heartbeat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "voortgang.consumption.stalled-after=3s", "spring.datasource.hikari.connection-timeout=2000",
        "voortgang.live.heartbeat=1s", "voortgang.consumption.client-metrics-refresh=1s", "voortgang.readiness.refresh=500ms",
        "voortgang.consumption.lag-refresh=1s"})
@AutoConfigureTestRestTemplate
public abstract class ReportingServiceIntegrationTest {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    /** Every request of {@link #http} carries a programme-admin's token unless it sets its own Authorization header. */
    @BeforeEach
    void signInAsProgrammeAdmin() {
        TestIssuer.shared().signIn(http.getRestTemplate(), TestUser.PROGRAMME_ADMIN);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry, "reporting");
    }
}
