package nl.voortgang.activity;

import java.util.Map;
import nl.voortgang.testsupport.TestInfrastructure;
import nl.voortgang.testsupport.security.TestIssuer;
import nl.voortgang.testsupport.security.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole service on a random port against the shared real PostgreSQL and Kafka broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "voortgang.forwarding.backlog-refresh=500ms", "voortgang.readiness.refresh=500ms"})
@AutoConfigureTestRestTemplate
public abstract class ActivityServiceIntegrationTest {

    protected static final String REGISTRATION = """
            {"programme":"NAP","actionLine":1,"code":"NAP-1.90","title":"Campagne werkvloer",
             "planning":"Q4 2023","responsible":["OCW","SZW"],"status":"IN_PROGRESS","effectiveDate":"2023-01-13"}""";

    @Autowired
    protected TestRestTemplate http;

    /** Every request of {@link #http} carries a programme-admin's token unless it sets its own Authorization header. */
    @BeforeEach
    void signInAsProgrammeAdmin() {
        TestIssuer.shared().signIn(http.getRestTemplate(), TestUser.PROGRAMME_ADMIN);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry, "activity");
    }

    protected ResponseEntity<Map> post(String path, String json) {
        return post(path, json, new HttpHeaders());
    }

    protected ResponseEntity<Map> post(String path, String json, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }

    /** Registers an activity in progress with planning Q4 2023, effective 13 January 2023, and answers its id. */
    protected String registerActivity() {
        return (String) post("/api/activities", REGISTRATION).getBody().get("id");
    }

    protected static HttpHeaders ifMatch(String etag) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(etag);
        return headers;
    }
}
