package nl.voortgang.reporting;

import nl.voortgang.testsupport.TestInfrastructure;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port, consuming from the shared real Kafka broker into real
 * PostgreSQL. Every test class shares this one context (one consumer in the group); its
 * consumer counts as stalled after 3 s so that a test can see readiness change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "voortgang.consumption.stalled-after=3s", "spring.datasource.hikari.connection-timeout=2000"})
@AutoConfigureTestRestTemplate
public abstract class ReportingServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry, "reporting");
    }
}
